/**
 * Parallel texts in the core: a block's translations are set and read back, fall out of date when the block's
 * wording changes and are current again once updated; hostile entries are skipped, never thrown on; two
 * replicas merge; exports print both languages (side by side in HTML, one under the other in Markdown).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setBlockText } from '../../src/constitution/structure.ts';
import { editConstitution } from '../../src/constitution/document.ts';
import {
  isOutOfDate,
  readTranslations,
  removeTranslation,
  setTranslation,
  setTranslationStatus,
  translationOf,
  TRANSLATIONS_ROOT,
  wordingFingerprint,
} from '../../src/translations/store.ts';
import { readBlocks } from '../../src/constitution/root.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { renderDocx } from '../../src/export/docx.ts';
import { renderHtml } from '../../src/export/html.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import { checkUpdate } from '../../src/sync/update-check.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { errorCode, idByText, workspaceWith } from './core-helpers.ts';

const ANA = { org: 'o_psl', delegate: 'Ana' };
const BEN = { org: 'o_deb', delegate: 'Ben' };
const WAGES = 'Every worker has the right to a fair wage.';

const wordingOf = (doc: Y.Doc, id: string): string => readBlocks(doc).find((b) => b.id === id)?.text ?? '';

describe('translations of a block', () => {
  it('are set and read back, with who set them, when, and the wording they translate', () => {
    const doc = workspaceWith(['article:Work', `clause:${WAGES}`]);
    const id = idByText(doc, WAGES);
    const now = new Date('2026-12-01T10:00:00Z');
    setTranslation(doc, id, 'es', { text: '  Todo trabajador tiene derecho a un salario justo.  ', status: 'working' }, ANA, now);
    const read = translationOf(doc, id, 'es');
    expect(read).toEqual({
      block: id,
      language: 'es',
      text: 'Todo trabajador tiene derecho a un salario justo.',
      status: 'working',
      by: ANA,
      at: now.toISOString(),
      source: wordingFingerprint(WAGES),
    });
    expect(translationOf(doc, id, 'en')).toBeUndefined();
    setTranslationStatus(doc, id, 'es', 'official', BEN);
    expect(translationOf(doc, id, 'es')).toMatchObject({ status: 'official', by: BEN, text: read?.text, source: read?.source });
    expect(readTranslations(doc)).toEqual({ translations: [translationOf(doc, id, 'es')], skipped: [] });
    removeTranslation(doc, id, 'es');
    expect(translationOf(doc, id, 'es')).toBeUndefined();
  });

  it('is out of date once the block’s wording changes, and current again after it is updated', () => {
    const doc = workspaceWith([`clause:${WAGES}`]);
    const id = idByText(doc, WAGES);
    setTranslation(doc, id, 'es', { text: 'Todo trabajador tiene derecho a un salario justo.', status: 'official' }, ANA);
    const first = translationOf(doc, id, 'es');
    if (!first) throw new Error('no translation');
    expect(isOutOfDate(first, wordingOf(doc, id))).toBe(false);
    editConstitution(doc, (editor) => setBlockText(editor, id, 'Every worker has the right to a living wage.'));
    expect(isOutOfDate(first, wordingOf(doc, id))).toBe(true);
    // Marking it official or working does not make it current: only a new text does.
    setTranslationStatus(doc, id, 'es', 'working', ANA);
    const marked = translationOf(doc, id, 'es');
    expect(marked && isOutOfDate(marked, wordingOf(doc, id))).toBe(true);
    setTranslation(doc, id, 'es', { text: 'Todo trabajador tiene derecho a un salario digno.', status: 'official' }, BEN);
    const updated = translationOf(doc, id, 'es');
    expect(updated && isOutOfDate(updated, wordingOf(doc, id))).toBe(false);
  });

  it('refuses bad input with a clear code and leaves the workspace unchanged', () => {
    const doc = workspaceWith([`clause:${WAGES}`]);
    const id = idByText(doc, WAGES);
    const before = Y.encodeStateVector(doc);
    expect(errorCode(() => setTranslation(doc, 'nope', 'es', { text: 'x', status: 'working' }, ANA))).toBe('translation.unknown-block');
    expect(errorCode(() => setTranslation(doc, id, 'es', { text: '   ', status: 'working' }, ANA))).toBe('translation.empty');
    expect(errorCode(() => setTranslation(doc, id, 'es', { text: 'x'.repeat(20_001), status: 'working' }, ANA))).toBe('translation.too-long');
    expect(errorCode(() => setTranslationStatus(doc, id, 'es', 'official', ANA))).toBe('translation.none');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('skips hostile entries without throwing, and the workspace’s inspection and the server see the wrong types', () => {
    const doc = workspaceWith([`clause:${WAGES}`]);
    const id = idByText(doc, WAGES);
    setTranslation(doc, id, 'es', { text: 'Salario justo.', status: 'working' }, ANA);
    const root = doc.getMap(TRANSLATIONS_ROOT);
    const sound = { block: id, language: 'es', text: 'T', status: 'working', org: 'o', delegate: 'd', at: '', source: wordingFingerprint(WAGES) };
    const entry = (fields: Record<string, unknown>): Y.Map<unknown> => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) map.set(k, v);
      return map;
    };
    doc.transact(() => {
      root.set('not-a-map', 'x');
      root.set(`${id}:fr`, entry({ ...sound, language: 'fr' }));
      root.set(`${id}:en`, entry({ ...sound, language: 'en', status: 'final' }));
      root.set(`other:es`, entry(sound));
      root.set(`x:es`, entry({ ...sound, block: 'x', text: new Y.Text('hi') }));
      root.set(`y:es`, entry({ ...sound, block: 'y', text: 'y'.repeat(20_001) }));
      root.set(`z:es`, entry({ ...sound, block: 'z', source: 'md5:00' }));
      root.set(`w:es`, entry({ ...sound, block: 'w', extra: 1 }));
    });
    const reading = readTranslations(doc);
    expect(reading.translations.map((t) => `${t.block}:${t.language}:${t.text}`)).toEqual([`${id}:es:Salario justo.`]);
    expect(reading.skipped.map((s) => `${s.key.slice(0, 40)} ${s.problem}`).sort()).toEqual(
      [
        `${id}:fr it is not a well-formed translation`,
        `${id}:en it is not a well-formed translation`,
        'other:es its key does not match the block and language it names',
        'x:es it is not a well-formed translation',
        'y:es it is not a well-formed translation',
        'z:es it is not a well-formed translation',
        'w:es it is not a well-formed translation',
      ].sort(),
    );
    expect(translationOf(doc, 'x', 'es')).toBeUndefined();
    expect(
      inspectWorkspace(doc)
        .filter((s) => s.root === TRANSLATIONS_ROOT)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['not-a-map', 'x:es']);
    // Setting it anew replaces a damaged entry whole.
    root.set(`${id}:en`, entry({ ...sound, language: 'en', bogus: new Y.Map() }));
    setTranslation(doc, id, 'en', { text: 'Fair wage.', status: 'official' }, BEN);
    expect(translationOf(doc, id, 'en')?.text).toBe('Fair wage.');
    const hostile = new Y.Doc();
    hostile.getMap(TRANSLATIONS_ROOT).set(`${id}:es`, 'x');
    expect(checkUpdate(workspaceWith([`clause:${WAGES}`]), Y.encodeStateAsUpdate(hostile), true)).toMatchObject({ ok: false });
  });

  it('merge from two replicas: different languages both kept, the same one converges on one', () => {
    const a = workspaceWith(['clause:One.', 'clause:Two.']);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const one = idByText(a, 'One.');
    const two = idByText(a, 'Two.');
    setTranslation(a, one, 'es', { text: 'Uno.', status: 'official' }, ANA);
    setTranslation(b, one, 'en', { text: 'One (en).', status: 'working' }, BEN);
    setTranslation(a, two, 'es', { text: 'Dos (Ana).', status: 'working' }, ANA);
    setTranslation(b, two, 'es', { text: 'Dos (Ben).', status: 'official' }, BEN);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const onA = readTranslations(a).translations;
    expect(onA).toEqual(readTranslations(b).translations);
    expect(onA.map((t) => `${t.block === one ? 'one' : 'two'}:${t.language}`).sort()).toEqual(['one:en', 'one:es', 'two:es']);
    expect(['Dos (Ana).', 'Dos (Ben).']).toContain(translationOf(a, two, 'es')?.text);
  });
});

describe('a parallel export', () => {
  const spec = ['article:Work', `clause:${WAGES}`, 'clause:Every worker may strike.', 'clause:Nobody works on Sundays.'];
  const ARTICLE_ES = 'Trabajo';
  const WAGES_ES = 'Todo trabajador tiene derecho a un salario justo.';
  const STRIKE_ES = 'Todo trabajador puede hacer huelga.';
  function translated(): Y.Doc {
    const doc = workspaceWith(spec);
    setTranslation(doc, idByText(doc, 'Work'), 'es', { text: ARTICLE_ES, status: 'official' }, ANA);
    setTranslation(doc, idByText(doc, WAGES), 'es', { text: WAGES_ES, status: 'official' }, ANA);
    const strike = idByText(doc, 'Every worker may strike.');
    setTranslation(doc, strike, 'es', { text: STRIKE_ES, status: 'working' }, ANA);
    editConstitution(doc, (editor) => setBlockText(editor, strike, 'Every worker may strike, with notice.'));
    return doc;
  }
  /** The two columns of each parallel block: [text, translation's words] in document order, and the translation's language. */
  const columns = (html: string): string[][] =>
    DomUtils.getElementsByTagName('span', parseDocument(html))
      .filter((span) => span.attribs.class === 'parallel')
      .map((span) => {
        const [text, translation, ...more] = DomUtils.getElementsByTagName('span', span.children, false);
        if (!text || !translation || more.length > 0) return ['not two columns'];
        return [text.attribs.class ?? '', DomUtils.textContent(text), translation.attribs.class ?? '', translation.attribs.lang ?? '', DomUtils.textContent(translation)];
      });

  it('prints HTML with each block beside its translation, in two columns', () => {
    const model = buildExportModel(translated(), { mode: 'draft', parallel: 'es' });
    expect(model.parallel).toBe('es');
    const html = renderHtml(model);
    expect(columns(html)).toEqual([
      ['text', 'Work', 'translation', 'es', ARTICLE_ES],
      ['text', WAGES, 'translation', 'es', WAGES_ES],
      ['text', 'Every worker may strike, with notice.', 'translation', 'es', `${STRIKE_ES} [traducción desactualizada]`],
      ['text', 'Nobody works on Sundays.', 'translation', 'es', ''],
    ]);
    expect(html).toMatch(/\.parallel \{[^}]*display: inline-grid;[^}]*grid-template-columns: 1fr 1fr;/);
    // Without the option the text stands alone, as before.
    const alone = renderHtml(buildExportModel(translated(), { mode: 'draft' }));
    expect(alone).not.toContain('class="parallel"');
    expect(alone).not.toContain(WAGES_ES);
  });

  it('prints Markdown with each translation right under its block, and working ones marked', () => {
    const doc = translated();
    setTranslation(doc, idByText(doc, 'Every worker may strike, with notice.'), 'es', { text: STRIKE_ES, status: 'working' }, BEN);
    const lines = renderMarkdown(buildExportModel(doc, { mode: 'draft', parallel: 'es' })).split('\n');
    const under = (needle: string): string | undefined => lines[lines.findIndex((line) => line.includes(needle)) + 2];
    expect(under(WAGES)).toBe(`> ${WAGES_ES}`);
    expect(under('Article I: Work')).toBe(`> ${ARTICLE_ES}`);
    expect(under('may strike, with notice')).toBe(`> ${STRIKE_ES} *\\[traducción de trabajo\\]*`);
    expect(lines.filter((line) => line.startsWith('> '))).toHaveLength(3);
    expect(renderMarkdown(buildExportModel(doc, { mode: 'draft' }))).not.toContain(WAGES_ES);
  });

  it('writes Word with each block beside its translation, in the rows of a two-column table', async () => {
    const bytes = await renderDocx(buildExportModel(translated(), { mode: 'draft', parallel: 'es' }));
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const rows = DomUtils.getElementsByTagName('tr', parseDocument(value)).map((row) =>
      DomUtils.getElementsByTagName('td', row).map((cell) => DomUtils.textContent(cell).replace(/ \[draft\]$/, '')),
    );
    expect(rows).toEqual([
      ['Work', ARTICLE_ES],
      [WAGES, WAGES_ES],
      ['Every worker may strike, with notice.', `${STRIKE_ES} [traducción desactualizada]`],
      ['Nobody works on Sundays.', ''],
    ]);
    // The clauses keep their Word list numbering inside the table, the article its heading style.
    expect(value).toMatch(/<td><h1><a id="_Toc\d+"><\/a>Work/);
    expect(value).toMatch(/<td>(?:<ul><li>)*<ol><li>Every worker has the right/);
  });

  it('is what concord export --parallel es writes, and an unknown language is refused before anything is written', async () => {
    const dir = tempDir();
    const file = join(dir, 'coalition.concord');
    writeFileSync(file, encodeWorkspaceFile(translated()));
    const out = join(dir, 'parallel.md');
    const result = await concord(['export', file, '--format', 'md', '--out', out, '--draft', '--parallel', 'es', '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(result.out)).toMatchObject({ format: 'md', parallel: 'es' });
    expect(readFileSync(out, 'utf8')).toContain(`> ${WAGES_ES}`);
    const refused = join(dir, 'refused.md');
    const wrong = await concord(['export', file, '--format', 'md', '--out', refused, '--draft', '--parallel', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--parallel "fr": Concord keeps translations into en, es only.');
    expect(existsSync(refused)).toBe(false);
  });
});
