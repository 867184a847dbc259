import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '@/cli/errors';
import { EXIT_CODES_HELP } from '@/cli/main';
import { API_ERRORS } from '@/lib/schemas/errors';

/* docs/api.md and `handoff --help` state the error and exit codes; these tests keep them in step with the code. */

const guide = readFileSync('docs/api.md', 'utf8');

describe('docs/api.md', () => {
  it('lists every API error code with its HTTP status', () => {
    for (const [code, { status }] of Object.entries(API_ERRORS)) {
      expect(guide, code).toMatch(new RegExp(`^\\| ${status} +\\| \`${code}\` +\\|`, 'm'));
    }
    const listed = [...guide.matchAll(/^\| \d{3} +\| `(\w+)` +\|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(API_ERRORS).sort());
  });

  it('lists every CLI exit code, as does `handoff --help`', () => {
    for (const code of Object.values(EXIT)) {
      if (code === EXIT.commandNotFound || code === EXIT.cannotExecute) {
        expect(guide).toContain(`${code} if it`);
        expect(EXIT_CODES_HELP).toContain(`${code} `);
      } else {
        expect(guide, String(code)).toMatch(new RegExp(`^\\| ${code} +\\| `, 'm'));
        expect(EXIT_CODES_HELP, String(code)).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
      }
    }
  });
});
