import { runsNear, spanOf } from './nearby';
import type { Recogniser } from './tally';

/*
 * Twilio: an account SID (AC + 32 lowercase hex) and an API key SID (SK + 32
 * hex) are identifiers, not secrets. The account's auth token (32 hex) and an
 * API key's secret (32 alphanumerics) carry no prefix, so they are recognised
 * only next to an SID: a hex run near an account SID is the auth token; any
 * other run near an API key SID is that key's secret.
 */

const SID = /\b(AC|SK)[0-9a-f]{32}\b/g;
const SECRET_RUN = /[0-9A-Za-z]{32}/g;
const SECRET_CHAR = /[0-9A-Za-z_]/;
const HEX = /^[0-9a-f]{32}$/;
/** How far from an SID a secret may sit: the same line of a config file, or the next. */
const SECRET_REACH_CHARS = 200;

export const recogniseTwilio: Recogniser = (text, tally) => {
  const sids = [...text.matchAll(SID)];
  if (sids.length === 0) return;
  const accounts = sids.filter((m) => m[1] === 'AC');
  const apiKeys = sids.filter((m) => m[1] === 'SK');
  for (const m of accounts) tally.add('twilio-account-sid', m[0]);
  for (const m of apiKeys) tally.add('twilio-api-key-sid', m[0]);

  const tokens = runsNear(text, accounts.map(spanOf), SECRET_REACH_CHARS, SECRET_RUN, SECRET_CHAR);
  const tokenStarts = new Set<number>();
  for (const { value, start } of tokens) {
    if (!HEX.test(value)) continue;
    tally.add('twilio-auth-token', value);
    tokenStarts.add(start);
  }
  for (const { value, start } of runsNear(text, apiKeys.map(spanOf), SECRET_REACH_CHARS, SECRET_RUN, SECRET_CHAR)) {
    if (!tokenStarts.has(start)) tally.add('twilio-api-key-secret', value);
  }
};
