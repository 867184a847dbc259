/**
 * The public face of the recipient's side (the page /s, and the CLI's open),
 * beside lib/crypto/index.ts. Kept apart on purpose, like ./requests: the web
 * client's bundler keeps every module a face re-exports, so /s importing
 * through index.ts would load the sender's @noble code and the file stream.
 * Everything here runs on WebCrypto (./primitives); a secret's files load
 * their code from ./streams when the peek reports some.
 */
export { parseLinkFragment, type LinkProblem, type ParsedLink } from './link';
export { loadScrypt } from './kdf';
export {
  linkCredentialsAsync,
  loadBundleCodec,
  newLeaseTokenAsync,
  openSecretAsync,
  unlockSecret,
  type UnlockedSecret,
} from './unlock';
export type { SecretContent, SecretFile } from './payload';
export type { FileStream } from './stream';
