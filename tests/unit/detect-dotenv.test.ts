import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, MAX_LISTED_NAMES, type DotenvFinding, type Finding } from '@/lib/detect';

/* `.env` files: the variable names are listed, the values never appear anywhere in the result. */

const dotenvOf = (findings: Finding[]) => findings.find((f): f is DotenvFinding => f.kind === 'dotenv');
const namesIn = (text: string) => dotenvOf(detect(text))?.names;

describe('.env detection', () => {
  it('lists the variable names in order, once each, with export prefixes, comments and blank lines', () => {
    const text = [
      '# production',
      'STRIPE_SECRET_KEY=not-a-real-key',
      '',
      'export DATABASE_URL="postgres-ish"',
      "  REDIS_PASSWORD = 'single quoted'",
      'STRIPE_SECRET_KEY=repeated',
      'EMPTY=',
      'lower_case=ok',
    ].join('\n');
    expect(namesIn(text)).toEqual(['STRIPE_SECRET_KEY', 'DATABASE_URL', 'REDIS_PASSWORD', 'EMPTY', 'lower_case']);
    expect(dotenvOf(detect(text))?.count).toBe(5);
  });

  it('reads CRLF line endings', () => {
    expect(namesIn('A_KEY=1\r\nB_KEY=2\r\n')).toEqual(['A_KEY', 'B_KEY']);
  });

  it('skips the lines of quoted values that span lines, so none of them passes for a name', () => {
    const text = ['FIRST="line one', 'NOT_A_NAME=inside the value', 'still inside"', 'SECOND=2'].join('\n');
    expect(namesIn(text)).toEqual(['FIRST', 'SECOND']);
    const single = ["FIRST='a", 'ALSO_NOT=x', "b'", 'SECOND=2'].join('\n');
    expect(namesIn(single)).toEqual(['FIRST', 'SECOND']);
    const escaped = ['FIRST="a \\" still open', 'NOPE=1', 'done"', 'SECOND=2'].join('\n');
    expect(namesIn(escaped)).toEqual(['FIRST', 'SECOND']);
  });

  it('skips a PEM block inside a value, whose base64 lines may end in "="', () => {
    const text = [
      'APP_NAME=demo',
      'TLS_KEY="-----BEGIN ' + 'PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'ABCDEFGH=',
      '-----END ' + 'PRIVATE KEY-----"',
      'PORT=3000',
    ].join('\n');
    expect(namesIn(text)).toEqual(['APP_NAME', 'TLS_KEY', 'PORT']);
    expect(namesIn(text.replaceAll('"', ''))).toEqual(['APP_NAME', 'TLS_KEY', 'PORT']);
  });

  it('does not take a mixed-case base64 line for a name', () => {
    expect(namesIn('A_KEY=1\nMIIEvQIBADANBgkqhkiG9w0BAQEF=\n')).toEqual(['A_KEY']);
  });

  it('lists at most MAX_LISTED_NAMES names but counts them all', () => {
    const text = Array.from({ length: MAX_LISTED_NAMES + 50 }, (_, i) => `VAR_${i}=value${i}`).join('\n');
    const finding = dotenvOf(detect(text));
    expect(finding?.names).toHaveLength(MAX_LISTED_NAMES);
    expect(finding?.count).toBe(MAX_LISTED_NAMES + 50);
  });

  it('is not claimed for prose, code or JSON', () => {
    expect(namesIn('Set the variable in your shell and restart.\nThen it works.')).toBeUndefined();
    expect(namesIn('{\n  "key": "value",\n  "other": 2\n}')).toBeUndefined();
    expect(namesIn('const a = 1;\nlet b = a == 2;\nif (a) {\n  run();\n}\n')).toBeUndefined();
    expect(namesIn('A==B\n')).toBeUndefined();
  });

  it('is claimed when assignments are at least half of the meaningful lines', () => {
    expect(namesIn('A=1\nsome other line\n')).toEqual(['A']);
    expect(namesIn('A=1\nsome other line\nand another\n')).toBeUndefined();
  });

  it('recognises the keys inside the values too', () => {
    const text = `STRIPE_SECRET_KEY=${'sk_' + 'live_' + 'Q'.repeat(30)}\nDATABASE_URL=postgres://app:s3cret-pw@db/app\n`;
    expect(detect(text).map((f) => f.kind)).toEqual(['stripe-live-secret-key', 'postgres-url', 'dotenv']);
  });
});

describe('.env values', () => {
  const NAME = fc
    .tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ_'),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'), maxLength: 20 }),
    )
    .map(([first, rest]) => first + rest);
  // A value always holds a '~', which no label or name contains, so it cannot appear in the result by coincidence.
  const VALUE = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'abcdefXYZ0123456789-_./+:@!%&*?~'), minLength: 4, maxLength: 40 }),
      fc.nat({ max: 40 }),
    )
    .map(([s, at]) => `${s.slice(0, at)}~${s.slice(at)}`);
  const KEY_VALUE = fc
    .string({
      unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'),
      minLength: 30,
      maxLength: 60,
    })
    .chain((body) =>
      fc.constantFrom(
        'sk_' + 'live_' + body,
        `postgres://app:${body}@db.example.com/app`,
        'gh' + 'p_' + body.padEnd(36, 'x').slice(0, 36),
      ),
    );
  const STYLE = fc.constantFrom('bare', 'double', 'single', 'export', 'spaced', 'multiline');

  function line(name: string, value: string, style: string): string {
    switch (style) {
      case 'double':
        return `${name}="${value}"`;
      case 'single':
        return `${name}='${value}'`;
      case 'export':
        return `export ${name}=${value}`;
      case 'spaced':
        return `${name} = ${value}`;
      case 'multiline':
        return `${name}="${value}\n${value}=${value}\n${value}"`;
      default:
        return `${name}=${value}`;
    }
  }

  it('never appear in the result, and exactly the names are listed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(NAME, fc.oneof(VALUE, KEY_VALUE), STYLE), {
          minLength: 1,
          maxLength: 15,
          selector: ([name]) => name,
        }),
        fc.boolean(),
        (entries, comments) => {
          const text = entries
            .map(
              ([name, value, style]) => (comments ? `# about ${name.toLowerCase()}\n` : '') + line(name, value, style),
            )
            .join('\n');
          const result = detect(text);
          const json = JSON.stringify(result);
          for (const [, value] of entries) expect(json).not.toContain(value);
          expect(dotenvOf(result)?.names).toEqual(entries.map(([name]) => name));
        },
      ),
      { numRuns: 300 },
    );
  });
});
