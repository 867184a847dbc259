import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../support/contrast';

describe('the WCAG contrast helper of the browser tests', () => {
  it('gives the extremes of the scale', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([120, 30, 200], [120, 30, 200])).toBe(1);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 10);
  });

  it('matches published ratios, in either order', () => {
    // #767676 on white is the classic 4.54:1; #777 falls just under 4.5.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(contrastRatio([255, 255, 255], [0x77, 0x77, 0x77])).toBeLessThan(4.5);
  });
});
