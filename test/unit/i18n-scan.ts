/**
 * Finds words a person would read that are written into the renderer's code instead of its catalogs: JSX
 * text, user-facing attributes (title, aria-label, placeholder, alt, label) and string literals that read
 * as prose. Parsed with oxc-parser, so comments, imports, class names and types never count. A string that
 * must stay as it is (a product name, a symbol) is marked with an `i18n-exempt: why` comment on its line
 * or the line above.
 */
import { parseSync } from 'oxc-parser';

export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

const USER_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
/** Attributes whose strings are code, not words. */
const CODE_ATTRIBUTES = new Set([
  'className',
  'id',
  'key',
  'role',
  'type',
  'name',
  'htmlFor',
  'href',
  'src',
  'rel',
  'target',
  'lang',
  'accept',
  'autoComplete',
  'inputMode',
  'method',
  'pattern',
  'form',
]);
/** Calls whose string arguments are code or developer messages: the translator itself, logging, selectors, programmer errors. */
const CODE_CALLS = new Set([
  't',
  'i18nKey',
  'useTranslation',
  'querySelector',
  'querySelectorAll',
  'closest',
  'matchMedia',
  'getItem',
  'setItem',
  'removeItem',
  'addEventListener',
  'removeEventListener',
  'postMessage',
  'Error',
  'TypeError',
  'RangeError',
  'createElement',
  'setAttribute',
  'getAttribute',
  'log',
  'warn',
  'error',
  'info',
  'debug',
]);

const LETTERS = /\p{L}{2,}/u;
/** A literal reads as prose when it has two words and starts like a sentence or ends like one. */
function isProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}+[\s\u00a0]+\p{L}+/u.test(trimmed)) return false;
  return /^\p{Lu}\p{Ll}/u.test(trimmed) || /\p{L}[.?!…:]$/u.test(trimmed);
}

type Node = { type?: unknown; start?: unknown; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function calleeName(call: Node): string {
  const callee = call.callee;
  if (!isNode(callee)) return '';
  if (callee.type === 'Identifier' && typeof callee.name === 'string') return callee.name;
  if (callee.type === 'MemberExpression' && isNode(callee.property) && typeof callee.property.name === 'string') return callee.property.name;
  return '';
}

function attributeName(attribute: Node): string {
  const name = attribute.name;
  return isNode(name) && typeof name.name === 'string' ? name.name : '';
}

export function hardCodedStrings(file: string, source: string): HardCodedString[] {
  const parsed = parseSync(file, source);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const exemptLines = new Set<number>();
  for (const comment of parsed.comments) {
    if (!comment.value.includes('i18n-exempt')) continue;
    const line = lineOf(comment.end);
    exemptLines.add(line);
    exemptLines.add(line + 1);
  }
  const found: HardCodedString[] = [];
  const report = (node: Node, text: string): void => {
    const line = lineOf(typeof node.start === 'number' ? node.start : 0);
    if (!exemptLines.has(line)) found.push({ file, line, text: text.trim().replace(/\s+/g, ' ') });
  };
  /** Strings under a JSX attribute or call are judged by it; `context` says which rule applies below. */
  const visit = (node: Node, context: 'code' | 'user' | 'prose'): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSTypeAnnotation':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSLiteralType':
      case 'TSEnumDeclaration':
        return;
      case 'ExportNamedDeclaration':
        if (node.source) return;
        break;
      case 'JSXText':
        if (typeof node.value === 'string' && LETTERS.test(node.value)) report(node, node.value);
        return;
      case 'JSXAttribute': {
        const name = attributeName(node);
        const next = USER_ATTRIBUTES.has(name) ? 'user' : CODE_ATTRIBUTES.has(name) || name.startsWith('data-') || name === 'style' ? 'code' : context;
        if (isNode(node.value)) visit(node.value, next);
        return;
      }
      case 'CallExpression':
      case 'NewExpression':
        if (CODE_CALLS.has(calleeName(node))) return;
        break;
      case 'Property':
        // An object's keys are names; its values are judged as usual.
        if (isNode(node.value)) visit(node.value, context);
        if (node.computed === true && isNode(node.key)) visit(node.key, context);
        return;
      case 'Literal':
        if (typeof node.value === 'string' && (context === 'user' ? LETTERS.test(node.value) : context === 'prose' && isProse(node.value))) report(node, node.value);
        return;
      case 'TemplateLiteral': {
        const quasis = Array.isArray(node.quasis) ? node.quasis.filter(isNode) : [];
        const text = quasis.map((quasi) => (isNode(quasi.value) && typeof quasi.value.cooked === 'string' ? quasi.value.cooked : '')).join(' … ');
        if (context === 'user' ? LETTERS.test(text) : context === 'prose' && isProse(text)) report(node, text);
        break;
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (Array.isArray(value)) for (const item of value) isNode(item) && visit(item, context);
      else if (isNode(value)) visit(value, context);
    }
  };
  const program: unknown = parsed.program;
  if (isNode(program)) visit(program, 'prose');
  return found;
}
