/**
 * Numbering and bullet markers at the start of a line: "1.", "1.1", "A.0.", "(a)", "iv)", "II.", "Article IV",
 * "Section 2", "§ 3", "•". Each marker has a `key` naming its kind, which the outline uses to rank headings:
 * "outline1", "outline2"… for dotted numbers (by depth), "article", "section"… for keywords, "paren",
 * "lower" and "bullet" for list items.
 */

export interface Marker {
  /** The marker exactly as written, e.g. "5.1.", "(a)", "Article IV.", "§ 3". */
  label: string;
  /** What kind of marker it is (see the file comment). */
  key: string;
  /** The text after the marker and the space that follows it. */
  rest: string;
  /** True for "Article …", "Section …", "§ …": words that name a part of the document. */
  keyword: boolean;
}

const ROMAN_UPPER = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})';
const ROMAN_LOWER = '(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})';
/** "1.", "1.1", "1.1.", "A.", "A.0.", "II.", "3)": a number of one or more dotted parts. */
const OUTLINE = new RegExp(`^((?:\\d{1,3}|[A-Z]|${ROMAN_UPPER})(?:\\.\\d{1,3})*)([.)]?)(\\s+|$)`);
/** "(a)", "(1)", "(iv)", "a)", "a.", "iv.", "iv)". */
const PAREN = /^(\((?:\d{1,3}|[a-z]{1,4}|[A-Z])\))(\s+|$)/;
const LOWER = new RegExp(`^((?:[a-z]|${ROMAN_LOWER})[.)])(\\s+|$)`);
const BULLET = /^([-*+•◦▪▫‣⁃–—·○●■□➢►])(\s+)/u;
const KEYWORD_WORDS = ['article', 'section', 'chapter', 'part', 'title', 'amendment', 'clause', 'rule', 'principle', 'appendix', 'annex', 'schedule', 'art.', 'sec.'];
/** Each keyword as "Article" or "ARTICLE": in lower case it is a word in a sentence, not a heading. */
const KEYWORDS = KEYWORD_WORDS.flatMap((w) => [w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()])
  .map((w) => w.replace('.', '\\.'))
  .join('|');
/** "Article IV", "SECTION 2.", "Art. 5 –", "Appendix A": a keyword, a number, and then nothing, punctuation or a dash. */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** "Article Three", "ARTICLE THREE", "Part First": numbers written as words, capitalised like the keyword. */
const WORD_NUMBERS = NUMBER_WORDS.flatMap((w) => [w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const KEYWORD = new RegExp(`^((?:${KEYWORDS})\\s+(?:\\d{1,3}(?:\\.\\d{1,3})*|${WORD_NUMBERS}|${ROMAN_UPPER}|[A-Z])\\b\\.?)(?=$|\\s*[:.)]|\\s+[-–—]\\s|\\s{2,}|\\s+[A-Z"“])`);
const SECTION_SIGN = /^(§{1,2}\s*\d{1,3}(?:\.\d{1,3})*[a-z]?\.?)(?=$|\s|[:)])/;

const ROMAN_UPPER_ONLY = new RegExp(`^${ROMAN_UPPER}$`);

function isRomanUpper(text: string): boolean {
  return ROMAN_UPPER_ONLY.test(text);
}

/** The text after a keyword label, without the punctuation or dash that set it apart. */
function after(text: string, used: number): string {
  return text.slice(used).replace(/^[\s:.)]*(?:[-–—]\s*)?/, '');
}

/** The marker a line's text (without its indentation) starts with, if any. */
export function readMarker(text: string): Marker | undefined {
  const keyword = KEYWORD.exec(text);
  if (keyword?.[1] !== undefined) {
    const label = labelWithPunctuation(text, keyword[1]);
    const word = (label.split(/\s+/)[0] ?? '').toLowerCase().replace(/\.$/, '');
    const key = word === 'art' ? 'article' : word === 'sec' ? 'section' : word;
    return { label, key, rest: after(text, label.length), keyword: true };
  }
  const section = SECTION_SIGN.exec(text);
  if (section?.[1] !== undefined) {
    return { label: section[1], key: 'section-sign', rest: after(text, section[1].length), keyword: true };
  }
  const paren = PAREN.exec(text);
  if (paren?.[1] !== undefined) return { label: paren[1], key: 'paren', rest: text.slice(paren[0].length), keyword: false };
  const outline = OUTLINE.exec(text);
  if (outline?.[1] !== undefined && outline[1] !== '') {
    const number = outline[1];
    const punct = outline[2] ?? '';
    const parts = number.split('.');
    const single = parts.length === 1;
    // A bare number with nothing after it ("5 Project") is not a marker; nor is a single letter or
    // Roman numeral without its full stop or bracket ("I think", "A man").
    const plainDigits = /^\d+$/.test(number);
    if (single && punct === '') return undefined;
    if (single && !plainDigits && !/^[A-Z]$/.test(number) && !isRomanUpper(number)) return undefined;
    const rest = text.slice(outline[0].length);
    // "1.5 million" is a number in a sentence, not a marker followed by text.
    if (!single && punct === '' && /^\p{Ll}/u.test(rest)) return undefined;
    return { label: number + punct, key: `outline${parts.length}`, rest, keyword: false };
  }
  const lower = LOWER.exec(text);
  if (lower?.[1] !== undefined && lower[1].length > 1) {
    return { label: lower[1], key: 'lower', rest: text.slice(lower[0].length), keyword: false };
  }
  const bullet = BULLET.exec(text);
  if (bullet?.[1] !== undefined) return { label: '•', key: 'bullet', rest: text.slice(bullet[0].length), keyword: false };
  return undefined;
}

/** "Article IV" followed by "." or ":" is labelled "Article IV." so the label reads as written. */
function labelWithPunctuation(text: string, label: string): string {
  const next = text[label.length];
  return !label.endsWith('.') && (next === '.' || next === ':') ? label + next : label;
}

/** The number of dotted parts of an outline key ("outline2" → 2), or 0 for other keys. */
export function outlineDepth(key: string): number {
  const match = /^outline(\d+)$/.exec(key);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}
