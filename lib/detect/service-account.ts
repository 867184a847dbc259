import type { Recogniser } from './tally';

/*
 * A Google Cloud service account key file: JSON with "type": "service_account",
 * a "private_key" (PEM, JSON-escaped) and a "client_email".
 */

const TYPE = /"type"[ \t\r\n]{0,16}:[ \t\r\n]{0,16}"service_account"/g;
const PRIVATE_KEY = /"private_key"[ \t\r\n]{0,16}:/;
const CLIENT_EMAIL = /"client_email"[ \t\r\n]{0,16}:/;

export const recogniseServiceAccount: Recogniser = (text, tally) => {
  if (!PRIVATE_KEY.test(text) || !CLIENT_EMAIL.test(text)) return;
  for (const match of text.matchAll(TYPE)) tally.add('google-service-account-key', String(match.index));
};

/** Whether the PEM block at `index` is the "private_key" value of a JSON key file. */
export function isJsonPrivateKeyValue(text: string, index: number): boolean {
  return /"private_key"[ \t\r\n]{0,16}:[ \t\r\n]{0,16}"$/.test(text.slice(Math.max(0, index - 48), index));
}
