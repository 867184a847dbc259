import { getConfig } from '@/lib/config';
import { BRAND_CSP } from '@/lib/security/headers';

/*
 * GET /brand/logo: the operator's logo (HANDOFF_BRAND_LOGO), checked at start
 * by its bytes (lib/config/brand.ts), served same-origin so no page ever loads
 * from another origin. Opened directly it is a sandboxed document with no
 * sources at all, and never sniffed into another type (proxy.ts sets the same).
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  const { brand, logoBytes } = getConfig();
  if (!brand.logo || !logoBytes) return new Response('Not found', { status: 404 });
  return new Response(logoBytes as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': brand.logo,
      'Content-Length': String(logoBytes.byteLength),
      'Content-Security-Policy': BRAND_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
