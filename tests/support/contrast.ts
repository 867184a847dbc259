import type { Locator } from '@playwright/test';

/*
 * WCAG 2.2 contrast, computed from what the browser paints: axe skips
 * disabled controls (WCAG exempts them), but a reader still has to read them.
 */

export type Rgb = readonly [number, number, number];

/** Relative luminance of an sRGB colour (WCAG 2.2, "relative luminance"). */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, 1 to 21 (WCAG 2.2, "contrast ratio"). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colours an element's text is painted in and on, as sRGB, after every
 * translucent background behind it (its own and its ancestors', over the
 * canvas white) and the text's own alpha are composited. The browser does
 * the colour maths: each computed colour (oklch, color-mix, …) is painted
 * into a one-pixel canvas and read back. Background images, opacity and
 * filters are not modelled; the element under test must not use them.
 */
export async function paintedColours(element: Locator): Promise<{ text: Rgb; background: Rgb }> {
  return element.evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const layers: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      layers.unshift(getComputedStyle(node).backgroundColor);
    }
    const read = (): [number, number, number] => {
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!];
    };
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1, 1);
    for (const layer of layers) {
      ctx.fillStyle = layer;
      ctx.fillRect(0, 0, 1, 1);
    }
    const background = read();
    ctx.fillStyle = getComputedStyle(el).color;
    ctx.fillRect(0, 0, 1, 1);
    return { text: read(), background };
  });
}

/** The contrast ratio of an element's text against what is painted behind it. */
export async function textContrast(element: Locator): Promise<number> {
  const { text, background } = await paintedColours(element);
  return contrastRatio(text, background);
}
