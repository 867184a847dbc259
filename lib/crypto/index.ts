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
export {
  decap,
  deriveKeyPair,
  encap,
  HPKE_AEAD_AES_128_GCM,
  HPKE_AEAD_AES_256_GCM,
  HPKE_KDF_HKDF_SHA256,
  HPKE_KEM_X25519_SHA256,
  HPKE_TAG_BYTES,
  HPKE_X25519_BYTES,
  HpkeContext,
  hpkeOpen,
  hpkeSeal,
  keySchedule,
  publicKeyOf,
  setupRecipient,
  setupSender,
  type HpkeAead,
  type HpkeKeyPair,
  type HpkePsk,
  type HpkeSetup,
} from './hpke';
export {
  createRequestKeys,
  newRequestSeed,
  REQUEST_INFO_COLLECT,
  REQUEST_INFO_ID,
  REQUEST_INFO_KEM,
  REQUEST_INFO_LINK,
  REQUEST_INFO_MANAGE,
  REQUEST_INFO_NOTE,
  REQUEST_INFO_PSK,
  REQUEST_INFO_SUBMIT,
  REQUEST_LINK_SECRET_BYTES,
  REQUEST_SEED_BYTES,
  requestLinkKeys,
  requestVerifiers,
  wipeRequestKeys,
  type RequestKeys,
  type RequestLinkKeys,
  type RequestVerifiers,
} from './request-keys';
export {
  OWNER_FRAGMENT_CHARS,
  ownerLinkFragment,
  parseOwnerFragment,
  parseRequestFragment,
  REQUEST_FRAGMENT_CHARS,
  REQUEST_LINK_BYTES,
  requestLinkFragment,
  type ParsedOwnerLink,
  type ParsedRequestLink,
} from './request-link';
export {
  ANSWER_OVERHEAD_BYTES,
  answerConfirmationCode,
  answerFileKey,
  answerInfo,
  MAX_NOTE_PADDED_BYTES,
  noteAad,
  openAnswer,
  openAnswerEnvelope,
  openNote,
  REQUEST_ANSWER_LABEL,
  REQUEST_EXPORT_CONFIRM,
  REQUEST_EXPORT_FILES,
  REQUEST_NOTE_AAD_LABEL,
  sealAnswer,
  sealAnswerEnvelope,
  sealNote,
  type AnswerKind,
  type AnswerSecrets,
  type SealAnswerOptions,
  type SealedAnswer,
} from './request';
export {
  openRequestNote,
  ownerCredentials,
  responderCredentials,
  sealRequest,
  type SealedRequest,
} from './request-create';
