/*
 * Polish formatting helpers shared by the catalogues of lib/i18n (core, sender, detect),
 * written once so that the groups cannot drift apart.
 */

export const number = (n: number) => n.toLocaleString('pl');
export const percent = (n: number) => `${number(n)}%`;

/** Picks Polish's one/few/many form: 1 plik, 2 pliki, 5 plików, 22 pliki (integers never fall in `other`). */
export function plural(n: number, one: string, few: string, many: string): string {
  const category = new Intl.PluralRules('pl').select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
}

/** A formatted count with its noun in the form Polish needs: "5 plików". */
export const counted = (n: number, one: string, few: string, many: string) =>
  `${number(n)} ${plural(n, one, few, many)}`;
export const times = (n: number) => counted(n, 'raz', 'razy', 'razy');
