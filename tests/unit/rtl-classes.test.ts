import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The UI mirrors for right-to-left languages (Arabic) only if its spacing,
 * alignment and borders are logical (ms-, ps-, start-, text-start,
 * border-s, rounded-s…): a physical class stays on the same side in both
 * directions. This finds physical ones in components/ and app/.
 */

const PHYSICAL =
  /^(?:[\w[\]&>=:-]*:)?-?(?:m[lr]-|p[lr]-|left-|right-|text-(?:left|right)$|rounded-[lr]$|rounded-[lr]-|rounded-[tb][lr]|border-[lr]$|border-[lr]-|space-x-|scroll-[mp][lr]-|float-(?:left|right)$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx|ts)$/.test(entry.name) ? [path] : [];
  });
}

describe('right-to-left layout', () => {
  it('uses no physical left/right Tailwind classes in components/ and app/', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles('components'), ...sourceFiles('app')]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const token of line.split(/[\s"'`{}()]+/)) {
            if (PHYSICAL.test(token)) found.push(`${file}:${index + 1} ${token}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
