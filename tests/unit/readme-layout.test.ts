import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* The README's Layout section is the map of the code: it names every lib/ folder, so a new one cannot go unexplained. */

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Layout\n');
const end = readme.indexOf('\n## ', start + 1);
const layout = readme.slice(start, end === -1 ? undefined : end);
const libFolders = readdirSync(join(root, 'lib')).filter((name) => statSync(join(root, 'lib', name)).isDirectory());

describe('the README Layout', () => {
  it('is found, and lib/ has folders to name', () => {
    expect(start).toBeGreaterThan(-1);
    expect(layout.length).toBeGreaterThan(200);
    expect(libFolders.length).toBeGreaterThan(10);
  });

  it.each(libFolders)('names lib/%s', (folder) => {
    expect(layout).toContain(`\`lib/${folder}\``);
  });
});
