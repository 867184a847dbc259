import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/*
 * Choosing the UI language from what the reader's browser prefers: the
 * Accept-Language header on the server (RFC 9110 §12.5.4), navigator.languages
 * in the browser. Both list BCP 47 tags, most preferred first.
 */

/** Longest Accept-Language header considered; anything beyond is ignored, never parsed. */
const MAX_HEADER_CHARS = 1024;
const TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * The language tags of an Accept-Language header, most preferred first
 * (by q-value, then by position). Drops `*`, `q=0` and malformed entries.
 *
 * @example parseAcceptLanguage('fr-CH, de;q=0.9, *;q=0.5') // ['fr-CH', 'de']
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranked: { tag: string; q: number; at: number }[] = [];
  header
    .slice(0, MAX_HEADER_CHARS)
    .split(',')
    .forEach((part, at) => {
      const [rawTag = '', ...params] = part.split(';').map((s) => s.trim());
      if (!TAG.test(rawTag)) return;
      let q = 1;
      for (const param of params) {
        const match = /^q=([01](?:\.\d{0,3})?)$/i.exec(param);
        if (match?.[1] !== undefined) q = Number(match[1]);
      }
      if (q > 0) ranked.push({ tag: rawTag, q, at });
    });
  return ranked.sort((a, b) => b.q - a.q || a.at - b.at).map((r) => r.tag);
}

/** The primary language subtag, lower-cased: `de` for `de-AT`, `en` for `EN_gb`. */
function languageOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** Each language we speak, by its primary subtag: `pt` → `pt-BR`, `zh` → `zh-Hans`. */
const BY_LANGUAGE: ReadonlyMap<string, Locale> = new Map(LOCALES.map((locale) => [languageOf(locale), locale]));

/**
 * The UI language for a tag: ours for its language, whatever the region or
 * script (`de-AT` → `de`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-Hans`: a reader of
 * another variant still reads ours better than English), else null.
 */
function localeOf(tag: string): Locale | null {
  return BY_LANGUAGE.get(languageOf(tag)) ?? null;
}

/** The first preferred tag whose language the UI speaks, or null when none is. */
export function matchLocale(preferred: readonly string[]): Locale | null {
  for (const tag of preferred) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return null;
}

/** The UI language for a list of preferred tags: the first one we speak, else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  return matchLocale(preferred) ?? DEFAULT_LOCALE;
}

/**
 * Digits a language's catalogue pins (ar.ts: Western digits), so that dates
 * use the same ones as the numbers in the text: `ar-EG` alone would write
 * them in Arabic-Indic digits.
 */
const NUMBERING: Partial<Record<Locale, string>> = { ar: 'latn' };

function withNumbering(tag: string, locale: Locale): string {
  const numbering = NUMBERING[locale];
  if (!numbering || /-u-(?:.*-)?nu-/i.test(tag)) return tag;
  return tag.includes('-u-') ? `${tag}-nu-${numbering}` : `${tag}-u-nu-${numbering}`;
}

/**
 * The tag to format dates and times with: the reader's own regional variant
 * of the UI language when they prefer one (`en-GB`, `de-AT`), else the UI
 * language itself. An English UI never formats dates the German way, and a
 * British reader keeps day-month order.
 */
export function formattingLocale(locale: Locale, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (localeOf(tag) !== locale) continue;
    const canonical = withNumbering(tag.replaceAll('_', '-'), locale);
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
    } catch {
      // not a valid tag (RangeError): try the next one
    }
  }
  return withNumbering(locale, locale);
}
