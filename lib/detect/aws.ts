import { runsNear, spanOf } from './nearby';
import type { Recogniser } from './tally';

/*
 * AWS access keys: an access key ID (AKIA… long-term, ASIA… temporary from STS:
 * 4 letters + 16 uppercase alphanumerics) is not secret; the 40-character
 * secret access key (base64 alphabet) that goes with it is. A secret has no
 * prefix, so it is recognised only next to an ID (credentials files, CSV
 * exports, `aws configure` output) or after a secret-access-key label.
 */

const KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g;
const SECRET_RUN = /[0-9A-Za-z/+]{40}/g;
const SECRET_CHAR = /[0-9A-Za-z/+]/;
const LABELLED_SECRET = /secret_?access_?key["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([0-9A-Za-z/+]{40})(?![0-9A-Za-z/+=])/gi;
/** How far from an ID a secret may sit: a credentials file or CSV row puts it within a line or two. */
const SECRET_REACH_CHARS = 200;

/** A random 40-character secret mixes cases and digits; a SHA-1 hex digest or a word run does not. */
const looksRandom = (value: string) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9/+]/.test(value);

export const recogniseAws: Recogniser = (text, tally) => {
  const ids = [...text.matchAll(KEY_ID)];
  for (const id of ids) tally.add(id[1] === 'ASIA' ? 'aws-temporary-access-key-id' : 'aws-access-key-id', id[0]);

  for (const { value } of runsNear(text, ids.map(spanOf), SECRET_REACH_CHARS, SECRET_RUN, SECRET_CHAR)) {
    if (looksRandom(value)) tally.add('aws-secret-access-key', value);
  }
  for (const match of text.matchAll(LABELLED_SECRET)) {
    if (match[1]) tally.add('aws-secret-access-key', match[1]);
  }
};
