import { linkCredentials, openSecret, sealSecret, unlockSecret } from '@/lib/crypto';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { createSecretOnServer } from '@/lib/client/sender-api';

/** Creates a text secret the way the browser does, through the real API. */
export async function shareText(
  base: string,
  text: string,
  options: { maxViews?: number; ttlSeconds?: number; password?: string } = {},
) {
  const { fragment, manageToken, sealed } = await sealSecret({ kind: 'text', text }, { password: options.password });
  const outcome = await createSecretOnServer(base, {
    ...sealed,
    ttlSeconds: options.ttlSeconds ?? 300,
    maxViews: options.maxViews ?? 1,
  });
  if (outcome.kind !== 'created') throw new Error(`shareText: ${outcome.code}`);
  const key = decodeBase64url(fragment);
  return { fragment, key, manageToken, sealed, ...linkCredentials(key) };
}

/** Decrypts a released envelope with the link key (and password). */
export async function openText(key: Uint8Array, id: string, envelope: string, password?: string): Promise<string> {
  const unlocked = await unlockSecret(key, null, password);
  return openSecret(unlocked, id, envelope).text;
}

/** POSTs a JSON body to the reveal endpoint and returns status and parsed body. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}
