/*
 * `.env` text: parsing a secret strictly, and merging its variables into a
 * file on disk without disturbing anything else in it.
 *
 * Accepted syntax, one variable per line:
 *   KEY=value                 unquoted: trimmed; ` #...` after whitespace is a comment
 *   export KEY=value          the shell's `export ` prefix is allowed and ignored
 *   KEY="a\nb \"q\" \\"       double quotes: escapes \n \r \t \" \\ ; may span lines
 *   KEY='literal $x \n'       single quotes: literal; may span lines
 *   # comment, blank lines
 * Keys are shell names: [A-Za-z_][A-Za-z0-9_]*. A repeated key: the last one wins.
 * Error messages name line numbers only, never a value: the text is a secret.
 */

export type DotenvEntry = {
  key: string;
  value: string;
  exported: boolean;
  /** 0-based index of the entry's first and last line (quoted values may span lines). */
  firstLine: number;
  lastLine: number;
};

/** A line that is not valid `.env` syntax. */
export class DotenvError extends Error {
  constructor(
    /** 1-based line number. */
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'DotenvError';
  }
}

type Item = { kind: 'entry'; entry: DotenvEntry } | { kind: 'other'; line: number };

const ASSIGNMENT = /^\s*(export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
const stripCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Reads a quoted value that starts on line `start`; returns it and the line it ends on. */
function readQuoted(lines: readonly string[], start: number, text: string): { value: string; lastLine: number } {
  const quote = text[0]!;
  let value = '';
  let line = start;
  let rest = text.slice(1);
  for (;;) {
    for (let j = 0; j < rest.length; j++) {
      const ch = rest[j]!;
      if (quote === '"' && ch === '\\' && j + 1 < rest.length) {
        const next = rest[++j]!;
        value += ESCAPES[next] ?? `\\${next}`;
      } else if (ch === quote) {
        if (!/^\s*(#.*)?$/.test(rest.slice(j + 1))) {
          throw new DotenvError(line + 1, 'unexpected text after the closing quote');
        }
        return { value, lastLine: line };
      } else {
        value += ch;
      }
    }
    if (line + 1 >= lines.length) throw new DotenvError(start + 1, `the ${quote} quote is never closed`);
    value += '\n';
    rest = stripCr(lines[++line]!);
  }
}

function scan(lines: readonly string[], strict: boolean): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = stripCr(lines[i]!);
    if (/^\s*(#.*)?$/.test(line)) {
      items.push({ kind: 'other', line: i });
      continue;
    }
    try {
      const match = ASSIGNMENT.exec(line);
      if (!match) throw new DotenvError(i + 1, 'expected KEY=value (KEY: letters, digits and _)');
      const [, exported, key, rest] = match as unknown as [string, string | undefined, string, string];
      let value: string;
      let lastLine = i;
      if (rest.startsWith('"') || rest.startsWith("'")) {
        ({ value, lastLine } = readQuoted(lines, i, rest));
      } else {
        value = rest.startsWith('#') ? '' : rest.replace(/\s+#.*$/, '').trim();
      }
      items.push({ kind: 'entry', entry: { key, value, exported: exported !== undefined, firstLine: i, lastLine } });
      i = lastLine;
    } catch (error) {
      if (strict || !(error instanceof DotenvError)) throw error;
      items.push({ kind: 'other', line: i });
    }
  }
  return items;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Parses `.env` text strictly.
 * @throws DotenvError naming the first bad line
 */
export function parseDotenv(text: string): DotenvEntry[] {
  return scan(splitLines(text), true).flatMap((item) => (item.kind === 'entry' ? [item.entry] : []));
}

/**
 * The variables of `.env` text (the last of repeated keys wins), in a
 * prototype-free record so that a key like `__proto__` stays a plain key.
 * @throws DotenvError naming the first bad line
 */
export function dotenvVariables(text: string): Record<string, string> {
  const vars: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const { key, value } of parseDotenv(text)) vars[key] = value;
  return vars;
}

/** A value that has no form both a shell and a `.env` reader take as plain text. */
export class UnsafeDotenvValue extends Error {
  constructor(readonly key: string) {
    super(`the value of ${key} cannot be written in a form a shell would not expand`);
    this.name = 'UnsafeDotenvValue';
  }
}

/**
 * One `KEY=value` line that `parseDotenv` reads back as exactly `value`, and
 * that a shell sourcing the file (`set -a; . ./.env`) reads as inert text,
 * never expanding `$(...)`, backticks or `$VAR` (security review F-10):
 * - bare when nothing in it is special;
 * - single-quoted (over several lines if need be) when it has no `'` and no
 *   CR (line reading drops a CR): literal for both, so the shell reads the
 *   same value;
 * - double-quoted with `\n \r \" \\` escapes when it has no `$` and no
 *   backtick: a shell expands nothing in it (it keeps `\n` as two characters);
 * - else refused: no form is inert for a shell and exact for the parser.
 * @throws UnsafeDotenvValue for a value with `$` or a backtick and also `'` or a CR
 */
export function formatDotenvLine(key: string, value: string, exported = false): string {
  const prefix = `${exported ? 'export ' : ''}${key}=`;
  if (/^[A-Za-z0-9_./:@%+,=-]*$/.test(value)) return `${prefix}${value}`;
  if (!/['\r]/.test(value)) return `${prefix}'${value}'`;
  if (/[$`]/.test(value)) throw new UnsafeDotenvValue(key);
  const escaped = value.replace(/[\\"\n\r]/g, (ch) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[ch]!);
  return `${prefix}"${escaped}"`;
}

/**
 * Merges variables into existing `.env` text. A key already defined is
 * replaced where it first appears (keeping its `export ` prefix) and its later
 * duplicates are dropped; new keys are appended in order. Every other line,
 * including lines this parser does not understand, is kept byte for byte.
 * @param existing - the file's current text ('' when it does not exist)
 * @param incoming - parsed variables; the last of repeated keys wins
 */
export function mergeDotenv(existing: string, incoming: readonly Pick<DotenvEntry, 'key' | 'value'>[]): string {
  const values = new Map<string, string>();
  for (const { key, value } of incoming) values.set(key, value);
  const lines = splitLines(existing);
  const out: string[] = [];
  const written = new Set<string>();
  for (const item of scan(lines, false)) {
    if (item.kind === 'other') {
      out.push(lines[item.line]!);
      continue;
    }
    const { key, exported, firstLine, lastLine } = item.entry;
    const value = values.get(key);
    if (value === undefined) out.push(...lines.slice(firstLine, lastLine + 1));
    else if (!written.has(key)) out.push(formatDotenvLine(key, value, exported));
    if (value !== undefined) written.add(key);
  }
  for (const [key, value] of values) if (!written.has(key)) out.push(formatDotenvLine(key, value));
  return out.length ? `${out.join('\n')}\n` : '';
}
