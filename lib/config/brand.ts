import 'server-only';
import { readFileSync } from 'node:fs';
import { contrastRatio, MIN_TEXT_CONTRAST, parseHexColour } from '../brand/contrast';
import { MAX_LOGO_BYTES, sniffLogo, svgRefusal, type LogoType } from '../brand/logo';
import type { Brand } from '../brand/types';
import { LOCALES, type Locale } from '../i18n/locales';

export type { Brand };

/*
 * The company's name on the instance (docs/deploy.md § Branding). Everything
 * is optional; unset, the instance is plain Handoff. Nothing here ever loads
 * from another origin: the logo is read from a local file at start and served
 * same-origin at /brand/logo. Titles and link previews stay generic on purpose
 * (app/layout.tsx): a preview must not tell who shared a secret.
 */

/** `HANDOFF_BRAND_INTRO_EN`, `…_PT_BR`, `…_ZH_HANS`: the intro's variable for a UI language. */
export function introVariable(locale: Locale): string {
  return `HANDOFF_BRAND_INTRO_${locale.toUpperCase().replace('-', '_')}`;
}

export type BrandConfig = { brand: Brand; logoBytes: Uint8Array | null };

export const BRAND_ENV = [
  'HANDOFF_BRAND_NAME',
  'HANDOFF_BRAND_LOGO',
  'HANDOFF_BRAND_ACCENT',
  'HANDOFF_BRAND_IMPRINT_URL',
  'HANDOFF_BRAND_PRIVACY_URL',
  'HANDOFF_BRAND_SUPPORT',
  ...LOCALES.map(introVariable),
] as const;

type Env = Record<string, string | undefined>;

const WHITE = [255, 255, 255] as const;
// Letters, digits, spaces and common punctuation; no control characters, no markup.
const PLAIN_TEXT = /^[^\p{Cc}\p{Cf}<>]*$/u;

/** An https URL or a path on this origin, for a footer link; mailto: too for the support contact. */
function linkFrom(env: Env, name: string, problems: string[], mail: boolean): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (mail && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw)) return `mailto:${raw}`;
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw;
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || (mail && url.protocol === 'mailto:')) return url.toString();
  } catch {
    // reported below
  }
  problems.push(`${name}: must be an https:// URL or a path on this site${mail ? ', or an email address' : ''}`);
  return null;
}

function plainText(env: Env, name: string, max: number, problems: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (raw.length > max || !PLAIN_TEXT.test(raw)) {
    problems.push(`${name}: must be plain text of at most ${max} characters (no < or >)`);
    return null;
  }
  return raw;
}

function logoFrom(env: Env, problems: string[]): { type: LogoType; bytes: Uint8Array } | null {
  const path = env.HANDOFF_BRAND_LOGO?.trim();
  if (!path) return null;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push(`HANDOFF_BRAND_LOGO: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return null;
  }
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    problems.push(`HANDOFF_BRAND_LOGO: the file is larger than ${MAX_LOGO_BYTES / 1024} KiB`);
    return null;
  }
  const type = sniffLogo(bytes);
  if (!type) {
    problems.push('HANDOFF_BRAND_LOGO: must be a PNG, WebP or SVG image (checked by its content, not its name)');
    return null;
  }
  const refusal = type === 'image/svg+xml' ? svgRefusal(bytes) : null;
  if (refusal) {
    problems.push(`HANDOFF_BRAND_LOGO: this SVG is refused because ${refusal}`);
    return null;
  }
  return { type, bytes };
}

/** The accent, refused when white text on it would miss 4.5:1 (it is the primary buttons' background). */
function accentFrom(env: Env, problems: string[]): string | null {
  const raw = env.HANDOFF_BRAND_ACCENT?.trim();
  if (!raw) return null;
  const rgb = parseHexColour(raw);
  if (!rgb) {
    problems.push(`HANDOFF_BRAND_ACCENT: must be a colour as #rrggbb; not "${raw.slice(0, 20)}"`);
    return null;
  }
  const ratio = contrastRatio(rgb, WHITE);
  if (ratio < MIN_TEXT_CONTRAST) {
    problems.push(
      `HANDOFF_BRAND_ACCENT: ${raw} gives white button text a contrast of ${ratio.toFixed(2)}:1, below the ` +
        `${MIN_TEXT_CONTRAST}:1 text needs (WCAG 1.4.3) in light and dark mode; choose a darker colour`,
    );
    return null;
  }
  const hex = rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
  return `#${hex}`;
}

/**
 * Parses the branding variables, reading and checking the logo file.
 * @returns the brand, the logo's bytes, and every problem found (empty when valid)
 */
export function parseBrand(env: Env): BrandConfig & { problems: string[] } {
  const problems: string[] = [];
  const logo = logoFrom(env, problems);
  const brand: Brand = {
    name: plainText(env, 'HANDOFF_BRAND_NAME', 60, problems) ?? 'Handoff',
    logo: logo?.type ?? null,
    accent: accentFrom(env, problems),
    links: {
      imprint: linkFrom(env, 'HANDOFF_BRAND_IMPRINT_URL', problems, false),
      privacy: linkFrom(env, 'HANDOFF_BRAND_PRIVACY_URL', problems, false),
      support: linkFrom(env, 'HANDOFF_BRAND_SUPPORT', problems, true),
    },
    intro: Object.fromEntries(
      LOCALES.flatMap((locale) => {
        const text = plainText(env, introVariable(locale), 300, problems);
        return text === null ? [] : [[locale, text]];
      }),
    ),
  };
  return { brand, logoBytes: logo?.bytes ?? null, problems };
}
