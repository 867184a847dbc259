import {
  linkCredentialsAsync,
  loadBundleCodec,
  newLeaseTokenAsync,
  openSecretAsync,
  parseLinkFragment,
  unlockSecret,
  type LinkProblem,
  type FileStream,
  type SecretContent,
  type SecretFile,
  type UnlockedSecret,
} from '../crypto/recipient';
import type { SecretKdf } from '../schemas/secrets';
import { LINK_KEY_CHARS } from '../protocol/v1';
import {
  peekSecretOnServer,
  revealSecretOnServer,
  secretEndingOnServer,
  type ApiFailure,
  type ServerLike,
} from './api';
import type { TransferOptions } from './files';

// The vocabulary callers need, so that they import the flows only.
export type { ApiFailure } from './http';
export type { TransferOptions, TransferProgress } from './files';
/** Fetches the password KDF ahead of a password-protected reveal (links without one never load it). */
export { loadScrypt as preparePasswordKdf } from '../crypto/recipient';

/**
 * Fetches the file half of a reveal ahead of revealing a secret with files
 * (a text secret never loads it). Call as soon as the peek reports files.
 */
export async function prepareFiles() {
  const [module] = await Promise.all([import('./reveal-files'), loadBundleCodec()]);
  return module;
}

/*
 * The recipient's flows, for the browser and the CLI alike: check a link
 * (GET, never consumes), then reveal it (consumes one view; call it only on
 * an explicit user action, never from an effect). Invariants held here, so no
 * caller can forget one:
 *  - every reveal asks for a download lease (free for text, and the peek may
 *    be stale), and the lease token never leaves this module but as a download;
 *  - a file stream is fetched only when the server's stream length equals the
 *    one in the authenticated bundle;
 *  - the derived keys are wiped once the reveal is over, whatever happened
 *    (the file stream holds its own imported or copied key).
 */

/**
 * How a link that no longer opens ended, when the server kept the sender's
 * receipt and its tombstone (GET /api/secrets/:id/ending); null when it did not
 * say: no receipt, or a link it never knew.
 */
export type LinkEnding = { ending: 'viewed' | 'expired' | 'revoked' | 'locked'; endedAt: string } | null;

/** Asks how a gone secret ended. Uses no view; any failure is simply "not known". */
async function endingOf(server: ServerLike, id: string, linkProof: string): Promise<LinkEnding> {
  const ending = await secretEndingOnServer(server, id, linkProof);
  return ending.kind === 'ended' ? { ending: ending.ending, endedAt: ending.endedAt } : null;
}

export type CheckOutcome =
  | {
      kind: 'found';
      viewsLeft: number;
      expiresAt: string;
      /** The password's parameters, when the secret has one: `revealLink` needs them. */
      kdf: SecretKdf | null;
      /** Padded size of the files, when the secret has some. */
      streamBytes: number | null;
    }
  /** Already opened, expired, revoked, or never existed; `ending` says which when the server kept it. */
  | { kind: 'gone'; ending: LinkEnding }
  | ApiFailure;

/**
 * GET /api/secrets/:id with the link's proof: whether the link opens, and how;
 * when it does not, how it ended (when the server can say). Uses no view.
 */
export async function checkLink(server: ServerLike, key: Uint8Array): Promise<CheckOutcome> {
  const { id, linkProof } = await linkCredentialsAsync(key);
  const peek = await peekSecretOnServer(server, id, linkProof);
  if (peek.kind === 'missing') return { kind: 'gone', ending: await endingOf(server, id, linkProof) };
  if (peek.kind === 'error') return peek;
  return {
    kind: 'found',
    viewsLeft: peek.viewsLeft,
    expiresAt: peek.expiresAt,
    kdf: peek.kdf,
    streamBytes: peek.streamBytes,
  };
}

export type DownloadOutcome =
  /** Each file's bytes as pieces (for a Blob or a file on disk), all authenticated. */
  | { kind: 'downloaded'; pieces: Uint8Array[][] }
  /** Bytes arrived whole but did not authenticate: the server altered them. Nothing is offered. */
  | { kind: 'damaged' }
  /** The files are no longer on the server: revoked, or the lease ran out. */
  | { kind: 'gone' }
  | ApiFailure;

/**
 * Fetches, authenticates and splits a released secret's file stream with the
 * reveal's lease; callable again (a retry) while the lease lasts.
 * @throws the signal's reason when aborted
 */
export type DownloadOptions = TransferOptions & {
  /**
   * Wraps the file stream the parts are opened with, e.g. to write each part to
   * disk as it verifies (the CLI). An error it throws ends the download as `damaged`;
   * the caller that threw it knows better and may say so.
   */
  through?: (stream: FileStream) => FileStream;
};

export type FilesDownload = (options?: DownloadOptions) => Promise<DownloadOutcome>;

/** The files of a released secret, as its authenticated bundle lists them. */
export type ReleasedFiles =
  | {
      kind: 'intact';
      files: SecretFile[];
      download: FilesDownload;
    }
  /** The server's stream length differs from the bundle's: the server is lying, so nothing is fetched. */
  | { kind: 'altered'; files: SecretFile[] };

export type RevealLinkOutcome =
  | { kind: 'released'; text: string; viewsLeft: number; files: ReleasedFiles | null }
  /** The view is spent, but what the server released does not open with this link (it was altered). */
  | { kind: 'undecryptable'; viewsLeft: number }
  /** Nothing was used up; `attemptsLeft` is at least 1. */
  | { kind: 'wrong_password'; attemptsLeft: number }
  /** The password was wrong on the last attempt: the server destroyed the secret. */
  | { kind: 'destroyed' }
  /** Already opened, expired, revoked, or never existed; `ending` says which when the server kept it. */
  | { kind: 'gone'; ending: LinkEnding }
  | ApiFailure;

export type RevealProgress = { step: 'deriving'; fraction: number } | { step: 'revealing' };

export type RevealOptions = {
  /** From `checkLink`: the password's parameters, or null for a secret without one. */
  kdf: SecretKdf | null;
  password?: string;
  onProgress?: (progress: RevealProgress) => void;
};

async function released(
  server: ServerLike,
  id: string,
  unlocked: UnlockedSecret,
  leaseToken: string,
  answer: { envelope: string; viewsLeft: number; files: { streamBytes: number } | null },
): Promise<RevealLinkOutcome> {
  const { viewsLeft } = answer;
  let content: SecretContent;
  try {
    content = await openSecretAsync(unlocked, id, answer.envelope);
  } catch {
    return { kind: 'undecryptable', viewsLeft };
  }
  if (content.kind === 'text') return { kind: 'released', text: content.text, viewsLeft, files: null };
  // The stream's length comes from the authenticated bundle; the server's figure must agree.
  const { releasedFiles } = await prepareFiles();
  const files = await releasedFiles(server, id, unlocked, leaseToken, content, answer.files?.streamBytes);
  if (!files) return { kind: 'undecryptable', viewsLeft };
  return { kind: 'released', text: content.text, viewsLeft, files };
}

/**
 * POST /api/secrets/:id/reveal: derives the keys (scrypt with a password),
 * consumes one view, opens the envelope and, for a secret with files,
 * prepares their download.
 * @param key - the link key from the fragment
 * @throws `kdf: ...` when the secret needs a password and none was given (nothing was sent)
 */
export async function revealLink(
  server: ServerLike,
  key: Uint8Array,
  options: RevealOptions,
): Promise<RevealLinkOutcome> {
  const { id, linkProof } = await linkCredentialsAsync(key);
  const unlocked = await unlockSecret(key, options.kdf, options.password, (fraction) =>
    options.onProgress?.({ step: 'deriving', fraction }),
  );
  try {
    options.onProgress?.({ step: 'revealing' });
    const lease = await newLeaseTokenAsync();
    const outcome = await revealSecretOnServer(server, id, linkProof, unlocked.passwordProof, lease.verifier);
    switch (outcome.kind) {
      case 'released':
        return await released(server, id, unlocked, lease.token, outcome);
      case 'wrong_password':
        return outcome.attemptsLeft === 0 ? { kind: 'destroyed' } : outcome;
      case 'missing':
        return { kind: 'gone', ending: await endingOf(server, id, linkProof) };
      case 'error':
        return outcome;
    }
  } finally {
    unlocked.encKey.fill(0);
    unlocked.fileKey.fill(0);
  }
}

export type FragmentCheck =
  | { kind: 'invalid'; problem: LinkProblem }
  /** `trimmed`: the fragment was too long, and its first 43 characters are a link the server knows. */
  | { kind: 'checked'; id: string; key: Uint8Array; trimmed: boolean; check: CheckOutcome };

/**
 * Reads a link's fragment (parseLinkFragment, frozen) and checks the link (a
 * peek, no view used). One recovery on top (docs/protocol.md §Addendum:
 * recovering a key with trailing characters): chat apps glue `_`, `-` or a
 * word onto a link, which the parser rejects as too long. Then the first 43
 * characters are tried: when the server knows that link (it opens, or its
 * ending is known), it is the link; otherwise the fragment stays invalid.
 * @param fragment - `location.hash`, with or without its leading `#`
 */
export async function checkLinkFragment(server: ServerLike, fragment: string): Promise<FragmentCheck> {
  const parsed = parseLinkFragment(fragment);
  if (parsed.ok) {
    const { id } = await linkCredentialsAsync(parsed.key);
    return { kind: 'checked', id, key: parsed.key, trimmed: false, check: await checkLink(server, parsed.key) };
  }
  if (parsed.problem !== 'too-long') return { kind: 'invalid', problem: parsed.problem };
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const prefix = parseLinkFragment(text.slice(0, LINK_KEY_CHARS));
  if (!prefix.ok) return { kind: 'invalid', problem: 'too-long' };
  const check = await checkLink(server, prefix.key);
  if (check.kind === 'found' || check.kind === 'error' || (check.kind === 'gone' && check.ending)) {
    return { kind: 'checked', id: (await linkCredentialsAsync(prefix.key)).id, key: prefix.key, trimmed: true, check };
  }
  prefix.key.fill(0);
  return { kind: 'invalid', problem: 'too-long' };
}
