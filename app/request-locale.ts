import { headers } from 'next/headers';
import { negotiateLocale, parseAcceptLanguage, type Locale } from '@/lib/i18n';

/**
 * The language of this response's first render: the browser's Accept-Language,
 * so the page does not flash English first; the browser's stored choice, if
 * any, takes over after hydration (components/i18n/i18n-provider.tsx).
 */
export async function requestLocale(): Promise<Locale> {
  return negotiateLocale(parseAcceptLanguage((await headers()).get('accept-language')));
}

/** This response's CSP nonce: proxy.ts put it in the request's Content-Security-Policy for Next to apply. */
export async function requestNonce(): Promise<string | undefined> {
  return /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];
}
