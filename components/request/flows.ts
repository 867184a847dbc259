/**
 * The request flows (lib/client/request.ts), loaded on demand. The bundler
 * puts modules that several pages import into the chunk every page loads;
 * a dynamic import keeps X25519 and HPKE out of it, so /s and / stay as light
 * as before requests existed (tests/e2e/requests.spec.ts checks /s).
 */
export function requestFlows() {
  return import('@/lib/client/request');
}
