/**
 * Handoff protocol v1: the one implementation of its cryptography, for the
 * browser, Node and the CLI alike. Pure: no I/O, no globals but the platform
 * CSPRNG (`crypto.getRandomValues`). Specified in docs/protocol.md.
 *
 * This is the public face: the verbs and types the app, the CLI and the bench
 * use, listed by name so that nothing becomes public by being written in a
 * file here. Tests and the vector generators reach the building blocks
 * (HKDF labels, HPKE, padding, …) by their file paths. The frozen constants
 * live in lib/protocol/v1.ts and the base64url codec in
 * lib/protocol/base64url.ts: import them from there.
 */

// Secrets: seal in the sender's browser or CLI, unlock and open in the recipient's.
export { linkCredentials, openSecret, sealSecret, type SealedSecret, type SealOptions } from './secret';
// The recipient's verbs on WebCrypto (@noble only where it is missing): what the page /s loads.
export {
  linkCredentialsAsync,
  loadBundleCodec,
  newLeaseTokenAsync,
  openSecretAsync,
  unlockSecret,
  type UnlockedSecret,
} from './unlock';
export type { CryptoBackend } from './primitives';
export {
  bundleStreamBytes,
  filesBytes,
  safeFileName,
  safeFileType,
  type SecretContent,
  type SecretFile,
} from './payload';
export { FileAssembler, openFileStream, streamSlices, type StreamSlice } from './files';
export { FileStream } from './stream';

// Links: the fragment of a secret link and of a manage link; the lease token of a download.
export { parseLinkFragment, type LinkProblem, type ParsedLink } from './link';
export { formatManageFragment, newLeaseToken, parseManageFragment, type ParsedManageLink } from './manage';

// Layers the bench times on their own (bench/crypto/measure.ts).
export { buildAad, openEnvelope, sealEnvelope } from './envelope';
export { chunkNonce } from './stream';
export { derivePasswordKey, loadScrypt, newPasswordKdf, type PasswordKdf } from './kdf';

// Secret requests have their own public face, lib/crypto/requests.ts: pages that do not use them must not
// load X25519 and HPKE, and a re-export here would put them in the chunk every page shares.
