/**
 * The Akoma Ntoso 3.0 export (OASIS LegalDocML, the XML LEOS and parliaments use): an `act` with its FRBR
 * identification, the coalition's name in the preface, the preamble, and the body's articles, sections and
 * paragraphs (our clauses), each with `num`, `heading` or `content`; a clause's sub-clauses are its
 * `point`s "(a)", and theirs `subparagraph`s "(i)", the clause's own words then its `intro`. eIds follow the
 * standard's hierarchical form (art_…__sec_…__para_…__point_…) with each element's own part made from its block's id, so an
 * eId names the same clause in every export, however the text is renumbered; `GUID` carries the id as is.
 * A draft export records each block's status in the proprietary metadata. The language is the export's:
 * `xml:lang` on the act, and `FRBRlanguage` and the expression's URI in ISO 639-2 ("eng", "spa").
 */
import { depthOf } from '../constitution/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { escapeMarkup, xmlSafe } from './escape.ts';
import type { ExportBlock, ExportModel } from './model.ts';
import { nestBlocks, type BlockNode } from './tree.ts';
import { wordsFor } from './wording.ts';

/** ISO 639-2 (bibliographic) code of each language, as Akoma Ntoso names languages. */
const ISO_639_2: Readonly<Record<Language, string>> = { en: 'eng', es: 'spa' };

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const CONCORD_NAMESPACE = 'https://concord.example/ns/export/1';

const esc = (text: string): string => escapeMarkup(xmlSafe(text));

const PREFIX = { article: 'art', section: 'sec', clause: 'para', preamble: 'preamble' } as const;
/** The element and eId prefix of a clause at each depth: the clause, its "(a)", their "(i)". */
const CLAUSE_ELEMENTS = [
  { tag: 'paragraph', prefix: 'para' },
  { tag: 'point', prefix: 'point' },
  { tag: 'subparagraph', prefix: 'subpara' },
] as const;

/** The eId part of one block: its prefix and its id, with only the characters eIds allow. */
export function eIdPart(block: Pick<ExportBlock, 'type' | 'id' | 'depth'>): string {
  const prefix = block.type === 'clause' ? CLAUSE_ELEMENTS[depthOf(block)].prefix : PREFIX[block.type];
  return `${prefix}_${block.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return plain || 'coalition';
}

function element(node: BlockNode, parentEId: string, indent: string): string {
  const { block } = node;
  const eId = parentEId ? `${parentEId}__${eIdPart(block)}` : eIdPart(block);
  const attributes = `eId="${eId}" GUID="#${esc(block.id)}"`;
  const num = block.label ? `${indent}  <num>${esc(block.label)}</num>\n` : '';
  if (block.type === 'clause' || block.type === 'preamble') {
    const tag = block.type === 'clause' ? CLAUSE_ELEMENTS[depthOf(block)].tag : 'paragraph';
    if (node.children.length === 0) {
      return `${indent}<${tag} ${attributes}>\n${num}${indent}  <content>\n${indent}    <p>${esc(block.text)}</p>\n${indent}  </content>\n${indent}</${tag}>`;
    }
    // A clause with sub-clauses holds them; its own words are their introduction.
    const parts = node.children.map((child) => `${element(child, eId, `${indent}  `)}\n`).join('');
    return `${indent}<${tag} ${attributes}>\n${num}${indent}  <intro>\n${indent}    <p>${esc(block.text)}</p>\n${indent}  </intro>\n${parts}${indent}</${tag}>`;
  }
  const tag = block.type === 'article' ? 'article' : 'section';
  const heading = `${indent}  <heading>${esc(block.text)}</heading>\n`;
  const children = node.children.map((child) => `${element(child, eId, `${indent}  `)}\n`).join('');
  // A hierarchical element needs content: an article or section with nothing ratified under it keeps an empty paragraph.
  const body = children || `${indent}  <paragraph eId="${eId}__para_1">\n${indent}    <content>\n${indent}      <p/>\n${indent}    </content>\n${indent}  </paragraph>\n`;
  return `${indent}<${tag} ${attributes}>\n${num}${heading}${body}${indent}</${tag}>`;
}

function statuses(model: ExportModel): string {
  if (model.mode !== 'draft') return '';
  const rows = model.blocks.map((block) => `        <concord:block GUID="#${esc(block.id)}" status="${block.status}"/>`).join('\n');
  return `    <proprietary source="#concord">
      <concord:statuses xmlns:concord="${CONCORD_NAMESPACE}">
${rows}
      </concord:statuses>
    </proprietary>
`;
}

/** The Akoma Ntoso XML document of `model`. */
export function renderAkomaNtoso(model: ExportModel): string {
  const date = model.ratifiedOn || model.exportedOn;
  const dateName = model.ratifiedOn ? 'ratification' : 'export';
  const work = `/akn/un/act/constitution/${slug(model.coalition)}/${date}`;
  const language = ISO_639_2[model.language];
  const expression = `${work}/${language}@${date}`;
  const tree = nestBlocks(model.blocks);
  const preamble = tree.filter((node) => node.block.type === 'preamble');
  const body = tree.filter((node) => node.block.type !== 'preamble');
  const preambleXml = preamble.length
    ? `    <preamble>\n${preamble.map((node) => `      <p GUID="#${esc(node.block.id)}">${esc(node.block.text)}</p>`).join('\n')}\n    </preamble>\n`
    : '';
  const bodyXml = body.length
    ? body.map((node) => element(node, '', '      ')).join('\n')
    : '      <paragraph eId="para_1">\n        <content>\n          <p/>\n        </content>\n      </paragraph>';
  const frbr = (level: string, uri: string, extra = ''): string => `      <FRBR${level}>
        <FRBRthis value="${esc(uri)}/!main"/>
        <FRBRuri value="${esc(uri)}"/>
        <FRBRdate date="${date}" name="${dateName}"/>
        <FRBRauthor href="#coalition"/>
${extra}      </FRBR${level}>
`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}">
  <act name="constitution" xml:lang="${model.language}">
    <meta>
    <identification source="#concord">
${frbr('Work', work, '        <FRBRcountry value="un"/>\n')}${frbr('Expression', expression, `        <FRBRlanguage language="${language}"/>\n`)}${frbr('Manifestation', `${expression}/main.xml`)}    </identification>
    <references source="#concord">
      <TLCOrganization eId="coalition" href="/akn/ontology/organization/${slug(model.coalition)}" showAs="${esc(model.coalition)}"/>
      <TLCOrganization eId="concord" href="/akn/ontology/organization/concord" showAs="Concord"/>
    </references>
${statuses(model)}    </meta>
    <preface>
      <p class="title"><docTitle>${esc(wordsFor(model.language).t('title.document', { coalition: model.coalition }))}</docTitle></p>
    </preface>
${preambleXml}    <body>
${bodyXml}
    </body>
  </act>
</akomaNtoso>
`;
}
