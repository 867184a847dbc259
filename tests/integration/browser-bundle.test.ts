import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * What the production build sends to browsers (.next/static). zod stays on
 * the server: the browser checks answers with small guards
 * (lib/client/responses.ts), and the page bootstrap (lib/security/bootstrap.ts)
 * no longer sets zod's `jitless` flag, so a zod that reached a page would
 * probe for eval and the CSP would report a violation on every page.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** A property zod's core sets on globalThis when it loads: minifiers keep property names. */
const ZOD_MARKER = '__zod_globalConfig';

describe('the browser bundle', () => {
  it('ships no zod', () => {
    const chunks = scripts(join(root, '.next/static'));
    expect(chunks.length).toBeGreaterThan(5);
    const withZod = chunks.filter((file) => readFileSync(file, 'utf8').includes(ZOD_MARKER));
    expect(withZod).toEqual([]);
  });

  it('would see zod where it is: the server build has it', () => {
    // The marker search can fail: the server's route handlers validate with zod.
    const server = scripts(join(root, '.next/server'));
    expect(server.some((file) => readFileSync(file, 'utf8').includes(ZOD_MARKER))).toBe(true);
  });
});
