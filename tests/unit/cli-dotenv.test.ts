import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DotenvError,
  dotenvVariables,
  formatDotenvLine,
  mergeDotenv,
  parseDotenv,
  UnsafeDotenvValue,
} from '@/cli/dotenv';

const vars = (text: string) => ({ ...dotenvVariables(text) });

function errorOf(text: string): DotenvError {
  try {
    parseDotenv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DotenvError);
    return error as DotenvError;
  }
  throw new Error('expected a DotenvError');
}

describe('.env parsing', () => {
  it('reads plain, quoted and exported variables, skipping comments and blank lines', () => {
    const text = [
      '# database',
      '',
      'DATABASE_URL=postgres://u:p@h:5432/db',
      'export API_KEY=sk_live_123',
      '  SPACED  =  value with spaces  ',
      'EMPTY=',
      'DQ="a \\"quoted\\" \\\\ value\\nline2"',
      "SQ='literal $HOME \\n # not a comment'",
      'HASH=abc#def',
      'COMMENTED=abc # trailing comment',
      'EQ=a=b=c',
      'ONLY_COMMENT= # nothing',
      'DQ_COMMENT="x" # after quotes',
    ].join('\n');
    expect(vars(text)).toEqual({
      DATABASE_URL: 'postgres://u:p@h:5432/db',
      API_KEY: 'sk_live_123',
      SPACED: 'value with spaces',
      EMPTY: '',
      DQ: 'a "quoted" \\ value\nline2',
      SQ: 'literal $HOME \\n # not a comment',
      HASH: 'abc#def',
      COMMENTED: 'abc',
      EQ: 'a=b=c',
      ONLY_COMMENT: '',
      DQ_COMMENT: 'x',
    });
    expect(parseDotenv(text).find((e) => e.key === 'API_KEY')?.exported).toBe(true);
  });

  it('handles quoted values that span lines, and CRLF line ends', () => {
    const pem = 'KEY="-----BEGIN KEY-----\nabc\n-----END KEY-----"\nNEXT=1\n';
    expect(vars(pem)).toEqual({ KEY: '-----BEGIN KEY-----\nabc\n-----END KEY-----', NEXT: '1' });
    expect(parseDotenv(pem)[0]).toMatchObject({ firstLine: 0, lastLine: 2 });
    expect(vars("A='x\ny'")).toEqual({ A: 'x\ny' });
    expect(vars('A=1\r\nB="2"\r\n')).toEqual({ A: '1', B: '2' });
  });

  it('lets the last of repeated keys win, and keeps __proto__ a plain key', () => {
    expect(vars('A=1\nA=2')).toEqual({ A: '2' });
    const record = dotenvVariables('__proto__=x\nconstructor=y');
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(record.__proto__).toBe('x');
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
  });

  it('rejects what is not KEY=value, naming the line and never the value', () => {
    expect(errorOf('A=1\njust some text secret-value').line).toBe(2);
    expect(errorOf('A=1\njust some text secret-value').message).not.toContain('secret-value');
    expect(errorOf('1KEY=x').line).toBe(1);
    expect(errorOf('MY-KEY=x').line).toBe(1);
    expect(errorOf('export ONLY').line).toBe(1);
    expect(errorOf('A=1\nB="never closed\nC=3').message).toBe('line 2: the " quote is never closed');
    expect(errorOf("B='x' trailing").message).toContain('after the closing quote');
  });

  it('finds no variables in comments alone', () => {
    expect(parseDotenv('# nothing\n\n')).toEqual([]);
  });
});

describe('.env formatting', () => {
  it('quotes only when it must', () => {
    expect(formatDotenvLine('A', 'postgres://u:p@h/db')).toBe('A=postgres://u:p@h/db');
    expect(formatDotenvLine('A', '')).toBe('A=');
    expect(formatDotenvLine('A', 'has space')).toBe("A='has space'");
    expect(formatDotenvLine('A', 'two\nlines $x')).toBe("A='two\nlines $x'");
    expect(formatDotenvLine('A', "it's\nx")).toBe('A="it\'s\\nx"');
    expect(formatDotenvLine('A', 'v', true)).toBe('export A=v');
  });

  it('writes lines that parse back to exactly the same value, or refuses the value', () => {
    const chars = fc.constantFrom(...'ab Z9_=#$"\'\\\n\r\t -:/.@%+,', 'é', '€', '😀');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 40 }), (value) => {
        let line: string;
        try {
          line = formatDotenvLine('KEY', value);
        } catch (error) {
          return error instanceof UnsafeDotenvValue && /['\r]/.test(value) && /[$`]/.test(value);
        }
        const parsed = parseDotenv(`${line}\n`);
        return parsed.length === 1 && parsed[0]!.value === value;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('.env merging', () => {
  it('replaces keys in place, keeps comments, unknown lines and export prefixes, and appends new keys', () => {
    const existing = [
      '# app settings',
      'export API_KEY=old',
      'KEEP=1',
      'not a variable line',
      'MULTI="a',
      'b"',
      'API_KEY=duplicate',
      '',
    ].join('\n');
    const merged = mergeDotenv(existing, [
      { key: 'API_KEY', value: 'new' },
      { key: 'MULTI', value: 'one line' },
      { key: 'ADDED', value: 'x y' },
    ]);
    expect(merged).toBe(
      [
        '# app settings',
        'export API_KEY=new',
        'KEEP=1',
        'not a variable line',
        "MULTI='one line'",
        "ADDED='x y'",
        '',
      ].join('\n'),
    );
  });

  it('creates the text from nothing and leaves a file without new keys unchanged', () => {
    expect(mergeDotenv('', [{ key: 'A', value: '1' }])).toBe('A=1\n');
    expect(mergeDotenv('A=1\r\n# c\r\n', [])).toBe('A=1\r\n# c\r\n');
    expect(mergeDotenv('A=1', [{ key: 'B', value: '2' }])).toBe('A=1\nB=2\n');
  });

  it('lets the last incoming duplicate win', () => {
    expect(
      mergeDotenv('A=0\n', [
        { key: 'A', value: '1' },
        { key: 'A', value: '2' },
      ]),
    ).toBe('A=2\n');
  });
});

describe('F-10: a merged .env stays inert when a shell sources it', () => {
  it('runs no command under `set -a; . ./.env`, and bash and the parser read back the same values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-f10-'));
    try {
      const marker = join(dir, 'PWNED');
      const values: Record<string, string> = {
        CERT: `line1\nline2 $(touch ${marker})`,
        TICKS: `\`touch ${marker}\``,
        DOLLARS: '$HOME ${HOME} $((1+1))',
        QUOTE: "it's fine",
        BACKSLASH: 'a\\nb\\',
        DOUBLE: 'say "hi"\nthere',
        PLAIN: 'postgres://u:p@h/db',
      };
      const entries = Object.entries(values).map(([key, value]) => ({ key, value }));
      const file = join(dir, 'merged.env');
      writeFileSync(file, mergeDotenv('', entries));
      const keys = Object.keys(values).join(' ');
      const shell = spawnSync(
        'bash',
        ['-c', `set -a; . ./merged.env; for k in ${keys}; do printf '%s\\0' "\${!k}"; done`],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(shell.status, shell.stderr).toBe(0);
      expect(existsSync(marker)).toBe(false);
      expect(shell.stdout.split('\0').slice(0, -1)).toEqual(Object.values(values));
      expect(vars(readFileSync(file, 'utf8'))).toEqual(values);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a value that has a single quote or a CR and also $ or a backtick', () => {
    for (const value of ["it's $(id)", "it's `id`", "it's\n$x", 'a\r$b']) {
      expect(() => mergeDotenv('', [{ key: 'K', value }]), value).toThrow(UnsafeDotenvValue);
    }
  });
});
