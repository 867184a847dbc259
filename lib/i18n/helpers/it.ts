/*
 * Italian formatting helpers shared by the catalogues of lib/i18n (core, sender, detect),
 * written once so that the groups cannot drift apart.
 */

export const number = (n: number) => n.toLocaleString('it');
export const percentage = (n: number) => (n / 100).toLocaleString('it', { style: 'percent', maximumFractionDigits: 0 });
export const plural = (n: number, one: string, other: string) => `${number(n)} ${n === 1 ? one : other}`;
