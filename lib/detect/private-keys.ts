import { isJsonPrivateKeyValue } from './service-account';
import type { DetectionKind } from './kinds';
import type { Recogniser } from './tally';

/*
 * Private keys in their armoured text forms:
 *   PEM (RFC 7468): -----BEGIN PRIVATE KEY----- (PKCS #8), -----BEGIN ENCRYPTED PRIVATE KEY-----,
 *     and the legacy RSA / EC / DSA PRIVATE KEY labels (encrypted when a "Proc-Type: 4,ENCRYPTED" header follows);
 *   OpenSSH: -----BEGIN OPENSSH PRIVATE KEY-----; PuTTY: a "PuTTY-User-Key-File-2:" or "-3:" header;
 *   OpenPGP (RFC 4880): -----BEGIN PGP PRIVATE KEY BLOCK-----.
 * A BEGIN line counts only when a matching END line follows it somewhere, so
 * prose that quotes a header alone is not a key. Public keys and certificates
 * are not secrets and are ignored.
 */

const BEGIN = /-----BEGIN ((?:RSA|EC|DSA|ENCRYPTED|OPENSSH) )?PRIVATE KEY-----|-----BEGIN PGP PRIVATE KEY BLOCK-----/g;
const PUTTY = /^PuTTY-User-Key-File-[23]: /gm;
const LEGACY_ENCRYPTED = /^\r?\n?Proc-Type:[ \t]*4,ENCRYPTED/;

function kindOf(begin: string, label: string | undefined, after: string): DetectionKind {
  if (begin.includes(' PGP ')) return 'pgp-private-key';
  if (label === 'OPENSSH ') return 'ssh-private-key';
  if (label === 'ENCRYPTED ' || LEGACY_ENCRYPTED.test(after)) return 'encrypted-private-key';
  return 'private-key';
}

export const recognisePrivateKeys: Recogniser = (text, tally) => {
  // Last END of each label, found once per label: linear however many BEGIN lines there are.
  const lastEnd = new Map<string, number>();
  for (const match of text.matchAll(BEGIN)) {
    const begin = match[0];
    const index = match.index ?? 0;
    const end = begin.replace('BEGIN', 'END');
    if (!lastEnd.has(end)) lastEnd.set(end, text.lastIndexOf(end));
    if ((lastEnd.get(end) ?? -1) < index) continue;
    // the key inside a service account file is reported as that file
    if (tally.has('google-service-account-key') && isJsonPrivateKeyValue(text, index)) continue;
    const after = text.slice(index + begin.length, index + begin.length + 40);
    tally.add(kindOf(begin, match[1], after), String(index));
  }
  for (const match of text.matchAll(PUTTY)) tally.add('ssh-private-key', String(match.index));
};
