/*
 * Simplified Chinese formatting helpers shared by the catalogues of lib/i18n (core, sender, detect),
 * written once so that the groups cannot drift apart.
 */

export const number = (n: number) => n.toLocaleString('zh-Hans');
export const times = (n: number) => `${number(n)} 次`;
