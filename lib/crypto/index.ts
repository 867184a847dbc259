/**
 * Handoff protocol v1: the one implementation of its cryptography, for the
 * browser, Node and the CLI alike. Pure: no I/O, no globals but the platform
 * CSPRNG (`crypto.getRandomValues`, via @noble). Specified in docs/protocol.md.
 */
export * from './base64url';
export * from './constants';
export { deriveContentKeys, deriveLinkKeys, verifierOf } from './derive';
export { buildAad, openEnvelope, sealEnvelope } from './envelope';
export { checkPasswordKdf, derivePasswordKey, newPasswordKdf, type PasswordKdf } from './kdf';
export { formatLinkKey, newLinkKey, parseLinkFragment, type LinkProblem, type ParsedLink } from './link';
export {
  formatManageFragment,
  MANAGE_FRAGMENT_CHARS,
  newLeaseToken,
  newManageToken,
  parseManageFragment,
  type ParsedManageLink,
} from './manage';
export { isBucketSize, pad, paddedSize, unpad } from './padding';
export { FileAssembler, streamSlices, type StreamSlice } from './files';
export {
  bundleStreamBytes,
  decodePayload,
  encodePayload,
  filesBytes,
  safeFileName,
  safeFileType,
  type SecretContent,
  type SecretFile,
} from './payload';
export { chunkNonce, FileStream, type StreamBackend } from './stream';
export {
  linkCredentials,
  openFileStream,
  openSecret,
  sealSecret,
  unlockSecret,
  type SealedSecret,
  type SealOptions,
  type UnlockedSecret,
} from './secret';
