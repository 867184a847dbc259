import { cookies, headers } from 'next/headers';
import { isLocale, negotiateLocale, parseAcceptLanguage, type Locale } from '@/lib/i18n';

/**
 * The language of this response's first render: the reader's choice from the
 * language menu (its cookie, components/i18n/locale-store.ts), else the
 * browser's Accept-Language, so the page does not flash another language
 * first. In the browser, a choice stored before the cookie existed takes over
 * after hydration (components/i18n/i18n-provider.tsx).
 */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get('handoff_locale')?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale(parseAcceptLanguage((await headers()).get('accept-language')));
}

/** This response's CSP nonce: proxy.ts put it in the request's Content-Security-Policy for Next to apply. */
export async function requestNonce(): Promise<string | undefined> {
  return /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];
}
