/**
 * Word (.docx) → blocks: mammoth turns the document into HTML (Heading 1–6 styles become h1–h6, Word lists
 * become <ol>/<ul>), which the HTML reader reads. Paragraphs in a preformatted style (what a plain text file
 * becomes in Word or LibreOffice) are kept as lines with their indentation, for the layout analysis. The ZIP
 * container is unpacked within a budget first (zip.ts), and mammoth reads only what was unpacked.
 */
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { ConcordError } from '../workspace/errors.ts';
import { errorReason } from './error-reason.ts';
import { readHtmlDocument, type HtmlContent } from './read-html.ts';
import { readZipEntries } from './zip.ts';

const PREFORMATTED_STYLES = ['Preformatted Text', 'Plain Text', 'HTML Preformatted', 'Code', 'Source Text'];

const STYLE_MAP = [
  ...PREFORMATTED_STYLES.map((name) => `p[style-name='${name}'] => pre:separator('\\n')`),
  // The document's title, set in Word's Title style, is its first heading.
  "p[style-name='Title'] => h1:fresh",
];

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<HtmlContent> {
  // Check the container first, so that each kind of bad file gets its own message.
  // Every part is unpacked here, within the budget, and mammoth reads exactly those parts, stored again
  // without compression: it never inflates anything the budget has not counted.
  const entries = readZipEntries(bytes, fileName, { name: 'a Word document (.docx)', notZip: 'import.not-docx.not-zip' }, { wanted: () => true });
  if (!entries.has('word/document.xml')) {
    throw new ConcordError('import.not-docx.no-document', { fileName });
  }
  const arrayBuffer = zipSync(Object.fromEntries(entries), { level: 0 }).buffer;
  let html: string;
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build; both accept an ArrayBuffer.
    const input = { arrayBuffer, buffer: arrayBuffer };
    const result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: false });
    html = result.value;
  } catch (error) {
    throw new ConcordError('import.corrupt.docx', { fileName, reason: errorReason(error) });
  }
  return readHtmlDocument(html);
}
