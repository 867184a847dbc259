/*
 * WCAG 2.x contrast (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): the
 * ratio of the relative luminances of two sRGB colours, 1 … 21. Text needs
 * 4.5:1 (success criterion 1.4.3, AA).
 */

/** The contrast text needs against its background (WCAG 2.2 SC 1.4.3, AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** `#rrggbb` (or `#rgb`), case-insensitive; null for anything else. */
export function parseHexColour(text: string): [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  const parts = long ? long.slice(1) : short?.slice(1).map((d) => d + d);
  return parts ? (parts.map((p) => parseInt(p, 16)) as [number, number, number]) : null;
}

/** Relative luminance of an sRGB colour (WCAG 2.2 definition). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
