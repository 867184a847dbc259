/**
 * The public face of secret requests (docs/protocol.md § Requests (v1
 * addendum)), beside lib/crypto/index.ts. Kept apart on purpose: the web
 * client's bundler drops re-exports that no page uses from a shared module,
 * so when the request pages import these verbs through index.ts, X25519 and
 * HPKE land in the chunk every page shares, /s included. Importing them from
 * here keeps them on the pages that ask for requests.
 */
export {
  openRequestNote,
  ownerCredentials,
  responderCredentials,
  sealRequest,
  type SealedRequest,
} from './request-create';
export { createRequestKeys, wipeRequestKeys, type RequestKeys } from './request-keys';
export {
  ownerLinkFragment,
  parseOwnerFragment,
  parseRequestFragment,
  requestLinkFragment,
  type ParsedOwnerLink,
  type ParsedRequestLink,
} from './request-link';
export {
  answerConfirmationCode,
  answerFileKey,
  openAnswer,
  sealAnswer,
  type AnswerKind,
  type SealAnswerOptions,
  type SealedAnswer,
} from './request';
