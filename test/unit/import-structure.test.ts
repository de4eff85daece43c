/**
 * How documents are split: numbering markers in all common forms, bullets, headings of every kind, prose
 * re-flowed, markup structure (HTML, Word, ODT), and PDFs with large or bold headings, running headers and
 * footers, page numbers and hyphenation.
 */
import { strToU8, zipSync } from 'fflate';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { nodePdfJs } from '../../cli/pdfjs.ts';
import { draftFromText, readImportDraft, type ImportDraft } from '../../src/import/index.ts';
import { readMarker } from '../../src/import/markers.ts';
import { makePdf, type PdfText } from '../fixtures/import/helpers.ts';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (fileName: string, content: string | Uint8Array): Promise<ImportDraft> =>
  readImportDraft({ fileName, bytes: typeof content === 'string' ? text(content) : content }, { pdfjs: nodePdfJs });
/** Each principle as "path › path | label | text", for compact expectations. */
const shape = (d: ImportDraft): string[] => d.principles.map((p) => [p.path.join(' › '), p.label ?? '', p.text].join(' | '));

describe('numbering markers', () => {
  it.each([
    ['1. First', '1.', 'outline1', 'First'],
    ['1) First', '1)', 'outline1', 'First'],
    ['1.1 Powers', '1.1', 'outline2', 'Powers'],
    ['5.1. Powers', '5.1.', 'outline2', 'Powers'],
    ['6.3.1.4 Detail', '6.3.1.4', 'outline4', 'Detail'],
    ['A. Standard procedure', 'A.', 'outline1', 'Standard procedure'],
    ['A.0. Proposal', 'A.0.', 'outline2', 'Proposal'],
    ['II.  PROLETARIANS', 'II.', 'outline1', 'PROLETARIANS'],
    ['(a) to promote', '(a)', 'paren', 'to promote'],
    ['(12) twelfth', '(12)', 'paren', 'twelfth'],
    ['(iv) fourth', '(iv)', 'paren', 'fourth'],
    ['a) first', 'a)', 'lower', 'first'],
    ['iv. fourth', 'iv.', 'lower', 'fourth'],
    ['Article IV', 'Article IV', 'article', ''],
    ['Article I. The Stile', 'Article I.', 'article', 'The Stile'],
    ['ARTICLE THREE', 'ARTICLE THREE', 'article', ''],
    ['Art. 5 – Members', 'Art. 5', 'article', 'Members'],
    ['Section 2.  The House', 'Section 2.', 'section', 'The House'],
    ['AMENDMENT I.', 'AMENDMENT I.', 'amendment', ''],
    ['Chapter 3: Finance', 'Chapter 3:', 'chapter', 'Finance'],
    ['Appendix A', 'Appendix A', 'appendix', ''],
    ['§ 3 Members', '§ 3', 'section-sign', 'Members'],
    ['§3. Members', '§3.', 'section-sign', 'Members'],
    ['- a bullet', '•', 'bullet', 'a bullet'],
    ['• a bullet', '•', 'bullet', 'a bullet'],
    ['* a bullet', '•', 'bullet', 'a bullet'],
  ])('%s', (line, label, key, rest) => {
    expect(readMarker(line)).toMatchObject({ label, key, rest });
  });

  it.each([
    '1.5 million people',
    '2003. The year',
    'I think so',
    'A man walks',
    'Section 2 of the Act says',
    'article 5 says',
    'section 2.',
    '5 Project',
    '-not a bullet',
    'Part of the text',
  ])('not a marker: %s', (line) => {
    expect(readMarker(line)).toBeUndefined();
  });
});

describe('plain text', () => {
  it('numbered headings, nested numbered items, "(a)" and "i." items, bullets, keywords and § sections', async () => {
    const d = await draftFromText(
      [
        'Statutes of the Green Union',
        '',
        'Article I. Name',
        '',
        'Section 1. The association is called the Green Union.',
        '',
        'Section 2. Purpose',
        '',
        '  The Union works:',
        '    (a) to protect nature;',
        '    (b) to teach:',
        '        i. in schools;',
        '        ii. online.',
        '  It has no other purpose.',
        '',
        'Article II. Members',
        '',
        '§ 3 Admission',
        '',
        '  - Anyone may join.',
        '  - Members pay dues.',
      ].join('\n'),
    );
    expect(d.title).toBe('Statutes of the Green Union');
    expect(shape(d)).toEqual([
      'Article I. Name › Section 1. |  | The association is called the Green Union.',
      'Article I. Name › Section 2. Purpose |  | The Union works:',
      'Article I. Name › Section 2. Purpose | (a) | to protect nature;',
      'Article I. Name › Section 2. Purpose | (b) | to teach:',
      'Article I. Name › Section 2. Purpose › (b) to teach: | i. | in schools;',
      'Article I. Name › Section 2. Purpose › (b) to teach: | ii. | online.',
      'Article I. Name › Section 2. Purpose |  | It has no other purpose.',
      'Article II. Members › § 3 Admission | • | Anyone may join.',
      'Article II. Members › § 3 Admission | • | Members pay dues.',
    ]);
  });

  it('re-flows hard-wrapped paragraphs, keeps the text verbatim, and splits where a sentence ends a short line', async () => {
    const d = await draftFromText(
      [
        'We hold that every person has a voice in the decisions that',
        'shape their life, and that power belongs to those',
        'who do the work.',
        'This is our second principle.',
        '',
        'A third   principle,   with  odd   spacing.',
      ].join('\n'),
    );
    expect(d.principles.map((p) => p.text)).toEqual([
      'We hold that every person has a voice in the decisions that shape their life, and that power belongs to those who do the work.',
      'This is our second principle.',
      'A third principle, with odd spacing.',
    ]);
  });

  it('underlined and framed headings, ranked by their rule; separator rules are dropped', async () => {
    const d = await draftFromText(
      [
        '*********',
        'Our Charter',
        '*********',
        '',
        'Purpose',
        '=======',
        '',
        'We work together.',
        '',
        'Means',
        '-----',
        '',
        'By talking.',
        '',
        '______________________________________',
        '',
        'Method',
        '======',
        '',
        'Together.',
      ].join('\n'),
    );
    expect(d.title).toBe('Our Charter');
    expect(shape(d)).toEqual(['Purpose |  | We work together.', 'Purpose › Means |  | By talking.', 'Method |  | Together.']);
  });

  it('one statement a line stays one principle a line', async () => {
    const d = await draftFromText('Be kind.\nBe brave.\nBe fair.\nBe free!\n');
    expect(d.principles.map((p) => p.text)).toEqual(['Be kind.', 'Be brave.', 'Be fair.', 'Be free!']);
  });

  it('a short numbered list separated by blank lines is a list, not a row of empty headings', async () => {
    const d = await draftFromText('Our demands\n\n1. Bread\n\n2. Peace\n\n3. Land\n');
    expect(d.title).toBe('Our demands');
    expect(shape(d)).toEqual([' | 1. | Bread', ' | 2. | Peace', ' | 3. | Land']);
  });
});

describe('markup', () => {
  it('Markdown: headings, lists with their markers, nested lists, soft breaks, emphasis', async () => {
    const d = await read(
      'charter.md',
      [
        '# The Charter',
        '',
        'Preamble text.',
        '',
        '## 1. Members',
        '',
        '1. Anyone may *join*.',
        '2) Members may leave.',
        '',
        '### 1.1 Dues',
        '',
        '- Dues are yearly:',
        '  - in January;',
        '  - in euros.',
        '',
        'Line one.',
        'Line two.',
        'Line three.',
      ].join('\n'),
    );
    expect(d.title).toBe('The Charter');
    expect(shape(d)).toEqual([
      ' |  | Preamble text.',
      '1. Members | 1. | Anyone may join.',
      '1. Members | 2) | Members may leave.',
      '1. Members › 1.1 Dues | • | Dues are yearly:',
      '1. Members › 1.1 Dues › • Dues are yearly: | • | in January;',
      '1. Members › 1.1 Dues › • Dues are yearly: | • | in euros.',
      '1. Members › 1.1 Dues |  | Line one.',
      '1. Members › 1.1 Dues |  | Line two.',
      '1. Members › 1.1 Dues |  | Line three.',
    ]);
  });

  it('HTML: the <title>, h1–h6, <ol type start>, nested <ul>, <br>, tables, and no scripts or styles', async () => {
    const d = await read(
      'page.html',
      `<!doctype html><html><head><title>Platform 2025</title><style>p{}</style><script>var x = "<p>no</p>";</script></head>
       <body><h2>Economy</h2><p>We want   fair
       wages.</p><ol type="a" start="2"><li>Shorter weeks<ul><li>four days</li></ul></li><li>Unions &amp; rights</li></ol>
       <h2>Democracy</h2><p>Votes at 16.<br>Open councils.</p><table><tr><td>Cell one.</td><td>Cell two.</td></tr></table></body></html>`,
    );
    expect(d.title).toBe('Platform 2025');
    expect(shape(d)).toEqual([
      'Economy |  | We want fair wages.',
      'Economy | b. | Shorter weeks',
      'Economy › b. Shorter weeks | • | four days',
      'Economy | c. | Unions & rights',
      'Democracy |  | Votes at 16.',
      'Democracy |  | Open councils.',
      'Democracy |  | Cell one.',
      'Democracy |  | Cell two.',
    ]);
  });

  it('Word: Title and Heading styles, numbered and nested lists, line breaks', async () => {
    const docx = new Document({
      numbering: {
        config: [
          {
            reference: 'numbers',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Charter of the Green Union', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Purpose', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'We work for a livable planet.' }),
            new Paragraph({ text: 'Membership', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Rights', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Every member may vote:', numbering: { reference: 'numbers', level: 0 } }),
            new Paragraph({ text: 'in person;', numbering: { reference: 'numbers', level: 1 } }),
            new Paragraph({ text: 'by post.', numbering: { reference: 'numbers', level: 1 } }),
            new Paragraph({ text: 'Every member may stand for office.', numbering: { reference: 'numbers', level: 0 } }),
            new Paragraph({ children: [new TextRun('Dues are yearly.'), new TextRun({ text: 'They are low.', break: 1 })] }),
          ],
        },
      ],
    });
    const d = await read('green.docx', new Uint8Array(await Packer.toBuffer(docx)));
    expect(d.format).toBe('docx');
    expect(d.title).toBe('Charter of the Green Union');
    expect(shape(d)).toEqual([
      'Purpose |  | We work for a livable planet.',
      'Membership › Rights | 1. | Every member may vote:',
      'Membership › Rights › 1. Every member may vote: | 1. | in person;',
      'Membership › Rights › 1. Every member may vote: | 2. | by post.',
      'Membership › Rights | 2. | Every member may stand for office.',
      'Membership › Rights |  | Dues are yearly.',
      'Membership › Rights |  | They are low.',
    ]);
  });

  it('ODT: headings by outline level, numbered lists from their list style, bullets, spaces and notes', async () => {
    const ns =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.3">
      <office:automatic-styles>
        <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/><text:list-level-style-bullet text:level="2"/></text:list-style>
      </office:automatic-styles>
      <office:body><office:text>
        <text:h text:outline-level="1">Charter</text:h>
        <text:h text:outline-level="2">Aims</text:h>
        <text:p>We<text:s text:c="3"/>aim high.<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>
        <text:list text:style-name="L1">
          <text:list-item><text:p>Clean air;</text:p>
            <text:list><text:list-item><text:p>in cities;</text:p></text:list-item></text:list>
          </text:list-item>
          <text:list-item><text:p>Clean water.</text:p></text:list-item>
        </text:list>
        <text:h text:outline-level="2">Means</text:h>
        <text:p>Talk.<text:line-break/>Then act.</text:p>
      </office:text></office:body></office:document-content>`;
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
    const d = await read('charter.odt', odt);
    expect(d.title).toBe('Charter');
    expect(shape(d)).toEqual([
      'Aims |  | We aim high.',
      'Aims | (a) | Clean air;',
      'Aims › (a) Clean air; | • | in cities;',
      'Aims | (b) | Clean water.',
      'Means |  | Talk.',
      'Means |  | Then act.',
    ]);
  });
});

describe('PDF', () => {
  /** Body lines at 10 pt, 14 pt apart, starting at `top`. */
  const body = (lines: string[], top: number, x = 72): PdfText[] => lines.map((t, i) => ({ text: t, x, y: top - i * 14 }));

  it('large and bold lines are headings; sizes rank them; body text re-flows under them', async () => {
    const pdf = makePdf([
      [
        { text: 'Charter of the Union', x: 72, y: 780, size: 20, bold: true },
        { text: 'Purpose', x: 72, y: 740, size: 14, bold: true },
        ...body(['We work for a livable planet and for', 'the people who live on it.'], 715),
        { text: 'Members', x: 72, y: 670, size: 14, bold: true },
        { text: 'Dues', x: 72, y: 645, size: 10, bold: true },
        ...body(['Dues are paid once a year.'], 625),
      ],
    ]);
    const d = await read('charter.pdf', pdf);
    expect(d.title).toBe('Charter of the Union');
    expect(shape(d)).toEqual(['Purpose |  | We work for a livable planet and for the people who live on it.', 'Members › Dues |  | Dues are paid once a year.']);
  });

  it('drops running headers, footers and page numbers; joins paragraphs across pages; undoes hyphenation', async () => {
    const page = (n: number, lines: string[]): PdfText[] => [{ text: 'Green Union — Statutes', x: 72, y: 810 }, ...body(lines, 760), { text: `Page ${n} of 3`, x: 280, y: 40 }];
    const filler = (n: number): string[] =>
      Array.from({ length: 50 }, (_, i) => `Line ${i + 1} of page ${n} is part of a long para-`).map((t, i) => (i === 49 ? t : t.replace(/ para-$/, ' text')));
    const pdf = makePdf([page(1, [...filler(1).slice(0, 49), 'The organisa-']), page(2, ['tion works in the open.', '', 'Second paragraph.']), page(3, ['Third paragraph.'])]);
    const d = await read('statutes.pdf', pdf);
    const all = d.principles.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Green Union — Statutes|Page \d of 3/);
    expect(all).toContain('The organisation works in the open.');
    expect(d.principles.map((p) => p.text).slice(-2)).toEqual(['Second paragraph.', 'Third paragraph.']);
  });

  it('an owner-password PDF that opens without a password is read', async () => {
    const { readFileSync } = await import('node:fs');
    const d = await read('owner.pdf', new Uint8Array(readFileSync('test/fixtures/import/encrypted-owner-only.pdf')));
    expect(d.principles[0]?.text).toBe('Beautiful is better than ugly.');
  });
});
