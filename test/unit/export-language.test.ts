/**
 * Exports in the coalition's language: a coalition of three that voted a clause and then the whole text,
 * set to Spanish, exports its headings ("Artículo I"), title page, contents, date line, record and result
 * sentences, signatures and appendix in Spanish in every format — HTML (with lang="es"), Markdown, Word
 * (its XML read out of the zip, with the document's language) and Akoma Ntoso (xml:lang, FRBRlanguage
 * "spa") and PDF (printed by headless Chromium, read back with pdftotext; the document's language from the
 * HTML's) — while the same workspace in English reads as before; a hostile language value reads as English.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchChromium } from '../../cli/chromium.ts';
import { nodeAnchorPages } from '../../cli/pdfjs.ts';
import { exportPdf } from '../../src/export/pdf.ts';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { renderAkomaNtoso } from '../../src/export/akoma-ntoso.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { renderDocx } from '../../src/export/docx.ts';
import { renderHtml } from '../../src/export/html.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import { renderMinutesDocx } from '../../src/export/minutes-docx.ts';
import { renderMinutesHtml } from '../../src/export/minutes-html.ts';
import type { ExportModel } from '../../src/export/model.ts';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { readCoalitionLanguage, setCoalitionLanguage } from '../../src/workspace/language.ts';
import { metaMap } from '../../src/workspace/workspace.ts';
import { idByText } from './core-helpers.ts';
import { at, coalition, key } from './ratify-helpers.ts';
import { checkXml } from '../fixtures/export/xml-check.ts';

/** A clause voted at minutes 1–30 (all for), then the whole text at 31–60 (two for, one against). */
async function votedCoalition(): Promise<Y.Doc> {
  const c = await coalition(3);
  const clause = idByText(c.doc, 'Any organization that accepts these principles may join.');
  const onClause = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(30) }, at(1));
  for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), onClause, 'yes', at(2 + i / 100));
  await closeMotion(c.doc, key(c, 0), onClause, at(30));
  const whole = await openMotion(c.doc, key(c, 0), { kind: 'constitution', target: 'constitution', closesAt: at(60) }, at(31));
  for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), whole, i === 2 ? 'no' : 'yes', at(32 + i / 100));
  await closeMotion(c.doc, key(c, 0), whole, at(60));
  return c.doc;
}

/** What the Spanish exports must say, in every format. */
const SPANISH = [
  'Artículo I',
  'Artículo II',
  'Preámbulo',
  'Ratificada el 1 de diciembre de 2026',
  'Organizaciones miembro',
  'Registro de ratificación',
  'La moción para ratificar el texto completo fue aprobada el 1 de diciembre de 2026 según la regla «dos tercios de los miembros, quórum del 50 % de los miembros»: a favor: 2; en contra: 1; abstenciones: 0; sin votar: 0.',
  'Firmas',
  'Apéndice: votaciones sobre cláusulas y artículos',
  'Aprobada: 3 a favor, 0 en contra, 0 abstenciones; se requiere la mayoría de los votos emitidos (2 de 3). Cerrada el 1 de diciembre de 2026.',
];

let doc: Y.Doc;
let spanish: ExportModel;
let english: ExportModel;

beforeAll(async () => {
  doc = await votedCoalition();
  english = buildExportModel(doc);
  setCoalitionLanguage(doc, 'es');
  spanish = buildExportModel(doc);
}, 60_000);

describe('the coalition language', () => {
  it('is English until set, and refuses a language Concord does not speak, leaving it as it was', async () => {
    const fresh = await coalition(1);
    expect(readCoalitionLanguage(fresh.doc)).toBe('en');
    expect(() => setCoalitionLanguage(fresh.doc, 'fr')).toThrow(/"fr" is not a language Concord speaks; use one of: en, es/);
    expect(readCoalitionLanguage(fresh.doc)).toBe('en');
    setCoalitionLanguage(fresh.doc, 'es');
    expect(readCoalitionLanguage(fresh.doc)).toBe('es');
  });

  it('reads a hostile value as English, and the export still works', async () => {
    const fresh = await coalition(1);
    for (const hostile of ['fr', 42, { toString: 'es' }, ['es'], 'ES', '']) {
      metaMap(fresh.doc).set('language', hostile);
      expect(readCoalitionLanguage(fresh.doc)).toBe('en');
      expect(buildExportModel(fresh.doc, { mode: 'draft' }).language).toBe('en');
    }
  });

  it('goes into the model, numbering and sentences included; English stays as it was', () => {
    expect(english.language).toBe('en');
    expect(spanish.language).toBe('es');
    expect(spanish.blocks.filter((b) => b.type !== 'clause').map((b) => b.label)).toEqual(['', 'Artículo I', 'Artículo II']);
    expect(english.blocks.filter((b) => b.type !== 'clause').map((b) => b.label)).toEqual(['', 'Article I', 'Article II']);
    expect(spanish.motions.map((m) => m.blocks[0]?.place)).toEqual(['Artículo I (1)']);
    expect(english.motions.map((m) => m.result)).toEqual(['Passed: 3 yes, 0 no, 0 abstentions; a majority of votes cast (2 of 3) required.']);
    expect(english.finalMotion?.rule).toBe('two-thirds of members, quorum 50% of members');
  });
});

describe('every format in Spanish', () => {
  it('HTML: lang="es", the Spanish headings, record, signatures and appendix', () => {
    const html = renderHtml(spanish);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Constitución de Test Coalition</title>');
    expect(html).toContain('<h2 id="contents-title">Índice</h2>');
    expect(html).toContain('content: "página " counter(page) " de " counter(pages)');
    for (const words of SPANISH) expect(html).toContain(words);
    expect(html).not.toMatch(/Article I|Ratified on|Signatures|Ratification record/);
    expect(renderHtml(english)).toContain('<html lang="en">');
  });

  it('Markdown: the Spanish title, headings and sentences', () => {
    const md = renderMarkdown(spanish).replace(/\\/g, '');
    expect(md).toMatch(/^# Constitución de Test Coalition\n\n\*Ratificada el 1 de diciembre de 2026\*/);
    expect(md).toContain('## Artículo I: Membership');
    expect(md).toContain('| Organización | Voto | Fecha | Clave del delegado |');
    expect(md).toContain('Delegado de Organization 1 (O1)');
    for (const words of SPANISH) expect(md).toContain(words);
  });

  it('Word: Spanish words, the list numbered "Artículo %1:", "página N de M" and the document language es-ES', async () => {
    const files = unzipSync(await renderDocx(spanish));
    const xml = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
    const text = xml('word/document.xml')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"');
    // Word numbers the headings itself, and the title page sets its headings in capitals.
    for (const words of SPANISH.filter((w) => !w.startsWith('Artículo') && w !== 'Organizaciones miembro')) expect(text).toContain(words);
    expect(text).toContain('CONSTITUCIÓN');
    expect(text).toContain('ORGANIZACIONES MIEMBRO');
    expect(xml('word/numbering.xml')).toContain('w:val="Artículo %1:"');
    expect(xml('word/numbering.xml')).toContain('w:val="Sección %2:"');
    expect(xml('word/styles.xml')).toMatch(/<w:lang w:val="es-ES"\/>/);
    const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.some((name) => /página .*de /.test(xml(name).replace(/<[^>]+>/g, '')))).toBe(true);
    const englishStyles = strFromU8(unzipSync(await renderDocx(english))['word/styles.xml'] ?? new Uint8Array());
    expect(englishStyles).toMatch(/<w:lang w:val="en-GB"\/>/);
  });

  it('Akoma Ntoso: xml:lang="es", FRBRlanguage "spa" and the Spanish title', () => {
    const xml = renderAkomaNtoso(spanish);
    expect(checkXml(xml).problems).toEqual([]);
    expect(xml).toContain(`<act name="constitution" xml:lang="es">`);
    expect(xml).toContain('<FRBRlanguage language="spa"/>');
    expect(xml).toMatch(/<FRBRuri value="[^"]*\/spa@2026-12-01"\/>/);
    expect(xml).toContain('<docTitle>Constitución de Test Coalition</docTitle>');
    expect(xml).toContain('<num>Artículo I</num>');
    const englishXml = renderAkomaNtoso(english);
    expect(englishXml).toContain('<FRBRlanguage language="eng"/>');
    expect(englishXml).toContain('xml:lang="en"');
  });
});

describe("a meeting's minutes in Spanish", () => {
  const minutes = {
    coalition: 'Frente Amplio',
    language: 'es',
    date: '1 dic 2026, 10:00',
    chair: 'Partido Socialismo y Liberación (PSL)',
    status: 'signed',
    statusLine: 'Firmada por la presidencia.',
    markdown: '# Acta\n\nTexto.',
  } as const;

  it('print HTML: lang="es", the heading, the status and "página N de M"', () => {
    const html = renderMinutesHtml(minutes);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Acta de la sesión del 1 dic 2026, 10:00 — Frente Amplio</title>');
    expect(html).toContain('Sesión del 1 dic 2026, 10:00, presidida por Partido Socialismo y Liberación (PSL)');
    expect(html).toContain('<span class="badge">Firmada por la presidencia</span>');
    expect(html).toContain('content: "página " counter(page) " de " counter(pages)');
    expect(renderMinutesHtml({ ...minutes, language: 'en' })).toContain('Meeting of 1 dic 2026, 10:00, chaired by');
  });

  it('Word: the Spanish heading and footer, and the document language', async () => {
    const files = unzipSync(await renderMinutesDocx(minutes));
    const xml = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
    expect(xml('word/document.xml').replace(/<[^>]+>/g, '')).toContain('Sesión del 1 dic 2026, 10:00, presidida por');
    expect(xml('word/styles.xml')).toMatch(/<w:lang w:val="es-ES"\/>/);
    const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(
      footers.some((name) =>
        xml(name)
          .replace(/<[^>]+>/g, '')
          .includes('página'),
      ),
    ).toBe(true);
  });
});

describe('the PDF in Spanish', () => {
  it('reads back with the Spanish headings, date line, record and result sentences, "página N de M", and says it is in Spanish', async () => {
    const chromium = findChromium();
    if (chromium === undefined) throw new Error('This test needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
    const printer = await launchChromium(chromium);
    try {
      const pdf = await exportPdf(spanish, { print: (html) => printer.print(html), pagesOf: nodeAnchorPages });
      const path = join(mkdtempSync(join(tmpdir(), 'concord-export-language-')), 'es.pdf');
      writeFileSync(path, pdf);
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      const flat = pages.join('\n').replace(/\s+/g, ' ');
      for (const words of SPANISH) expect(flat).toContain(words);
      expect(pages.slice(1).every((page) => /página \d+ de \d+/.test(page))).toBe(true);
      expect(flat).not.toMatch(/Article I|Ratified on|page \d+ of/);
      // Chromium writes the HTML's lang into the PDF's catalog as its document language.
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Lang \(es\)/);
    } finally {
      await printer.close();
    }
  }, 120_000);
});
