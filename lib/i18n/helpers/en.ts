/*
 * English formatting helpers shared by the catalogues of lib/i18n (core and sender),
 * written once so that the groups cannot drift apart.
 */

export const number = (n: number) => n.toLocaleString('en');
