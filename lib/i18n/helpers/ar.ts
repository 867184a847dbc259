/*
 * Arabic formatting helpers shared by the catalogues of lib/i18n (core, sender,
 * detect), written once so that the groups cannot drift apart.
 *
 * Numbers: Western digits (0-9) throughout, through `ar-u-nu-latn`. Node 20 and
 * Chromium already format plain `ar` that way (1,234), but a regional tag such
 * as `ar-EG` gives Arabic-Indic digits (١٬٢٣٤); pinning the numbering system
 * keeps server and browser identical and matches the ASCII codes, keys and link
 * ids shown next to the numbers, which are never formatted.
 *
 * Values that read left to right, or may (hosts, codes, file names, labels the
 * user typed), are wrapped in Unicode isolates so that they cannot reorder the
 * Arabic sentence around them: the text equivalent of <bdi>.
 */

export const number = (n: number) => n.toLocaleString('ar-u-nu-latn');
const percentFormat = new Intl.NumberFormat('ar-u-nu-latn', { style: 'percent' });
export const percentOf = (n: number) => percentFormat.format(n / 100);
/** A value that may be in either direction (first strong isolate). */
export const isolate = (s: string) => `\u2068${s}\u2069`;
/** A value that always reads left to right: a host, a code, a path, a flag. */
export const ltr = (s: string) => `\u2066${s}\u2069`;

/** Arabic counts in six forms (zero, one, two, few 3-10, many 11-99, other); `#` is the number. */
type PluralForms = Record<Intl.LDMLPluralRule, string>;
const pluralRules = new Intl.PluralRules('ar');
export const plural = (n: number, forms: PluralForms) => forms[pluralRules.select(n)].replace('#', number(n));
export const files = (n: number) =>
  plural(n, { zero: '# ملف', one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفًا', other: '# ملف' });
/** The dual changes with the case: nominative "حرفان", otherwise "حرفين". */
export const characters = (n: number, two: string) =>
  plural(n, { zero: '# حرف', one: 'حرف واحد', two, few: '# أحرف', many: '# حرفًا', other: '# حرف' });
