import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n';
import { CATALOGUES } from '../support/catalogues';

const { en } = CATALOGUES;

/*
 * Every language but English must actually be translated: at most 3% of its
 * texts may read exactly like the English text at the same key. That leaves
 * room for words a language shares with English ("Link", "(optional)" in
 * German) without letting a half-copied catalogue ship. Functions count too:
 * each is called with sample arguments and its output compared. Keys run over
 * LOCALES, so every language registered later is held to the same bar.
 */

const MAX_UNTRANSLATED_SHARE = 0.03;

/**
 * Leaves that are the same in every language: names and codes, not words.
 * A path here must exist in English (checked below), so a renamed key cannot
 * leave a stale exemption behind.
 */
const SAME_EVERYWHERE = new Set([
  // The product's name, as the title of a system notification.
  'notify.alertTitle',
  // A standard's proper name with its abbreviation, kept as is in the languages we know of.
  'detect.labels.jwt',
]);

/**
 * Arguments each function leaf is called with: one and a count that needs a
 * plural in every language. Numbers are safe for every leaf: those of numbers
 * format them, those of strings or elements interpolate them.
 */
const SAMPLE_ARGUMENTS = [1, 7] as const;

/** A function leaf's output as one text; an element in a rich text becomes a placeholder. */
function textOf(output: unknown): string | null {
  if (typeof output === 'string') return output;
  if (Array.isArray(output)) return output.map((part) => (typeof part === 'string' ? part : '{}')).join('');
  return null;
}

/**
 * Every text of a catalogue by key path: strings as they are, and for each
 * function `path(n)`, its output with every argument `n`. A call that throws
 * or returns something else is left out.
 */
function texts(node: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node !== 'object' || node === null) return found;
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      for (const sample of SAMPLE_ARGUMENTS) {
        try {
          const text = textOf((value as (...args: unknown[]) => unknown)(...Array<number>(value.length).fill(sample)));
          if (text !== null) found.set(`${path}(${sample})`, text);
        } catch {
          // not callable with numbers after all: nothing to compare
        }
      }
    } else for (const [p, text] of texts(value, `${path}.`)) found.set(p, text);
  }
  return found;
}

/** The key path without the sample argument of a function leaf. */
const keyOf = (path: string) => path.replace(/\(\d+\)$/, '');

type Coverage = {
  /** English texts compared: those with a letter in them, outside SAME_EVERYWHERE. */
  compared: number;
  /** Paths whose text is exactly the English one. */
  untranslated: string[];
  /** Paths English has and the catalogue lacks (a wrong shape, not a translation gap). */
  missing: string[];
  share: number;
};

const ENGLISH = texts(en);

/** How much of `catalogue` still reads exactly like English. */
function coverage(catalogue: unknown): Coverage {
  const theirs = texts(catalogue);
  const untranslated: string[] = [];
  const missing: string[] = [];
  let compared = 0;
  for (const [path, english] of ENGLISH) {
    // Text with no letter in it ("×7", "7: 7") has nothing to translate.
    if (SAME_EVERYWHERE.has(keyOf(path)) || !/\p{L}/u.test(english)) continue;
    compared += 1;
    const text = theirs.get(path);
    if (text === undefined) missing.push(path);
    else if (text === english) untranslated.push(path);
  }
  return { compared, untranslated, missing, share: compared === 0 ? 0 : untranslated.length / compared };
}

function report(locale: string, result: Coverage): string {
  const percent = (result.share * 100).toFixed(1);
  return (
    `${locale}: ${result.untranslated.length} of ${result.compared} texts (${percent}%) are the English ones, ` +
    `over ${MAX_UNTRANSLATED_SHARE * 100}%. Translate them, or add a name or code to SAME_EVERYWHERE:\n  ` +
    result.untranslated.map((path) => `${path}: ${JSON.stringify(ENGLISH.get(path))}`).join('\n  ')
  );
}

describe('translation coverage', () => {
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    it(`${locale} reads like English in at most ${MAX_UNTRANSLATED_SHARE * 100}% of its texts`, () => {
      const result = coverage(CATALOGUES[locale]);
      expect(result.missing, `${locale}: keys English has and ${locale} lacks`).toEqual([]);
      expect(result.share, report(locale, result)).toBeLessThanOrEqual(MAX_UNTRANSLATED_SHARE);
    });
  }

  it('fails a catalogue that is a copy of English, naming its keys', () => {
    const copy = coverage({ ...en });
    expect(copy.share).toBeGreaterThan(MAX_UNTRANSLATED_SHARE);
    expect(copy.untranslated).toContain('home.title');
    expect(copy.untranslated).toContain('revealed.characters(7)');
    expect(copy.untranslated).toContain('record.intro(1)');
    expect(report('copy', copy)).toContain('home.title: "Share a secret once"');
  });

  it('fails a catalogue that is English itself', () => {
    expect(coverage(en).share).toBe(1);
  });

  it('compares the function leaves too, and leaves out nothing but names, codes and letterless texts', () => {
    const all = texts(en);
    // Every function leaf of English answers both samples: none is skipped as unsafe.
    const functions = (node: object): number =>
      Object.values(node).reduce<number>(
        (n, v: unknown) => n + (typeof v === 'function' ? 1 : typeof v === 'object' && v !== null ? functions(v) : 0),
        0,
      );
    expect([...all.keys()].filter((p) => p.endsWith('(7)'))).toHaveLength(functions(en));
    expect(all.get('manage.viewsUsed(1)')).toBe('1 of 1 time');
    const letterless = [...all].filter(([, text]) => !/\p{L}/u.test(text)).map(([path]) => keyOf(path));
    expect(new Set(letterless)).toEqual(new Set(['detect.text.times', 'notify.alertBody']));
    // Two sample calls of each of the two letterless functions; one string per exempt key.
    expect(coverage(en).compared).toBe(all.size - SAME_EVERYWHERE.size - 4);
  });

  it('exempts only keys that exist in English', () => {
    const keys = new Set([...texts(en).keys()].map(keyOf));
    expect([...SAME_EVERYWHERE].filter((path) => !keys.has(path))).toEqual([]);
  });
});
