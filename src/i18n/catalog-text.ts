/**
 * A catalog read without i18next: its keys as a type, its strings by key, and `{{name}}` placeholders filled
 * in. For the words needed before i18next is loaded, or without it: a ConcordError's English message, and
 * the CLI's English (so `concord --help` starts fast). Strings read this way use plain placeholders only:
 * no formatters, no plurals, no nesting (test/unit/errors-i18n.test.ts checks the errors against i18next).
 */

/** Every key of a nested catalog, as i18next spells it: "file.empty", "file.truncated.header". */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The values of a string's placeholders. */
export type TextParams = Readonly<Record<string, string | number>>;

/** The catalog's strings by their dotted keys. */
export function flatten(tree: object, prefix = ''): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${name}`, value);
    else if (typeof value === 'object' && value !== null) for (const [key, text] of flatten(value, `${prefix}${name}.`)) out.set(key, text);
  }
  return out;
}

/** `template` with each `{{name}}` replaced by its value (a placeholder without a value is left as it is). */
export function fill(template: string, params: TextParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
