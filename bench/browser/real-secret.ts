import { formatManageFragment, sealSecret } from '../../lib/crypto';

/** A secret created as the browser creates one: sealed with lib/crypto, uploaded to the API. */
export type RealSecret = { shareUrl: string; manageUrl: string; text: string };

/** Seals `text`, uploads it to the app at `appUrl` (view-once, 5 minutes) and returns its links. */
export async function createRealSecret(appUrl: string, text: string): Promise<RealSecret> {
  const { fragment, manageToken, sealed } = await sealSecret({ kind: 'text', text });
  const response = await fetch(`${appUrl}/api/secrets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...sealed, ttlSeconds: 300, maxViews: 1 }),
  });
  if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`);
  return {
    shareUrl: `${appUrl}/s#${fragment}`,
    manageUrl: `${appUrl}/m#${formatManageFragment(sealed.id, manageToken)}`,
    text,
  };
}
