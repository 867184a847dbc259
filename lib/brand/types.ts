import type { Locale } from '../i18n/locales';
import type { LogoType } from './logo';

/** What pages may know of the brand (lib/config/brand.ts parses it); the logo's bytes stay on the server. */
export type Brand = {
  /** Shown in the header; 'Handoff' when unset. */
  name: string;
  /** The logo's type, or null without a logo; it is fetched from /brand/logo. */
  logo: LogoType | null;
  /** `#rrggbb`: the background of primary buttons (white text) in light and dark mode; null: the default. */
  accent: string | null;
  links: { imprint: string | null; privacy: string | null; support: string | null };
  /** One sentence under the home page's promise, per UI language; a language without one shows none. */
  intro: Partial<Record<Locale, string>>;
};

/** An instance without branding. */
export const PLAIN_BRAND: Brand = {
  name: 'Handoff',
  logo: null,
  accent: null,
  links: { imprint: null, privacy: null, support: null },
  intro: {},
};
