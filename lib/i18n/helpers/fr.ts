/*
 * French formatting helpers shared by the catalogues of lib/i18n (core, sender, detect),
 * written once so that the groups cannot drift apart.
 */

export const number = (n: number) => n.toLocaleString('fr');
export const percentage = (n: number) => (n / 100).toLocaleString('fr', { style: 'percent', maximumFractionDigits: 0 });
/** French counts 0 and 1 in the singular. */
export const plural = (n: number, one: string, other: string) => `${number(n)} ${n < 2 ? one : other}`;
