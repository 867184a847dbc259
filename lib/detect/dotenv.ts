/*
 * `.env` text: lines of KEY=value (optionally `export KEY=value`), comments
 * and blank lines. Only the variable names are ever read out; values are
 * skipped, including quoted values that span lines and PEM blocks, so that
 * no line of a value can pass for a name.
 *
 * The text counts as a .env file when assignments make up at least half of
 * its meaningful lines (not blank, not comments, not inside a value).
 */

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=(?!=)[ \t]*(.?)/;
const MEANINGFUL = /^[ \t]*[^\s#]/;

/** Conventional names are UPPER_SNAKE or lower_snake; a mixed-case run is more likely base64 than a name. */
const isConventional = (name: string) => name === name.toUpperCase() || name === name.toLowerCase();

/** Whether `line` holds an unescaped `quote` at or after `from`. */
function closes(line: string, from: number, quote: string): boolean {
  for (let i = line.indexOf(quote, from); i !== -1; i = line.indexOf(quote, i + 1)) {
    if (quote === "'" || line[i - 1] !== '\\') return true;
  }
  return false;
}

/**
 * The distinct variable names of `.env` text, in order of first appearance;
 * null when the text does not look like a .env file.
 */
export function dotenvNames(text: string): string[] | null {
  const names = new Set<string>();
  let assignments = 0;
  let others = 0;
  /** What ends the value being skipped: a closing quote, a PEM END line, or nothing. */
  let skipUntil: '"' | "'" | '-----END ' | null = null;

  for (const line of text.split('\n')) {
    if (skipUntil !== null) {
      if (skipUntil === '-----END ' ? line.includes(skipUntil) : closes(line, 0, skipUntil)) skipUntil = null;
      continue;
    }
    if (!MEANINGFUL.test(line)) continue;
    const match = ASSIGNMENT.exec(line);
    const name = match?.[1];
    const quote = match?.[2];
    if (match && name && isConventional(name)) {
      assignments++;
      names.add(name);
      if ((quote === '"' || quote === "'") && !closes(line, match[0].length, quote)) {
        skipUntil = quote;
        continue;
      }
    } else {
      others++;
    }
    if (line.includes('-----BEGIN ') && !line.includes('-----END ')) skipUntil = '-----END ';
  }
  return assignments > 0 && assignments >= others ? [...names] : null;
}
