import { decodeBase64url, encodeBase64url } from '../protocol/base64url';
import {
  createRequestKeys,
  newRequestSeed,
  requestLinkKeys,
  requestVerifiers,
  wipeRequestKeys,
  type RequestVerifiers,
} from './request-keys';
import { ownerLinkFragment, requestLinkFragment } from './request-link';
import { openNote, sealNote } from './request';

/*
 * The verbs the request flows call (docs/protocol.md §Requests): create a
 * request, and the credentials each side sends to the API. Binary values are
 * base64url, as on the wire.
 */

/** What the requester's client uploads to create a request: verifiers and the note ciphertext, never a key. */
export type SealedRequest = RequestVerifiers & {
  /** The note envelope, base64url. */
  note: string;
};

/**
 * Creates a request: a fresh seed, its key tree, the two links and the upload.
 * @param note - the note for the responder; may be empty (it is sealed all the same, so its presence does not show)
 * @param seed - only for known-answer tests; fresh from the CSPRNG otherwise
 * @returns `ownerFragment` (S, for the owner link: keep it, never store it in the browser),
 *   `requestFragment` (pkR ‖ R, for the responder), `manageToken` (state and revoke; may be stored),
 *   `sealed` (the create call's body fields)
 * @throws `request: the note is too long`
 * @example
 * const { ownerFragment, requestFragment, manageToken, sealed } = sealRequest('Please send the staging DB password');
 */
export function sealRequest(
  note: string,
  seed: Uint8Array = newRequestSeed(),
): { ownerFragment: string; requestFragment: string; manageToken: string; sealed: SealedRequest } {
  const keys = createRequestKeys(seed);
  try {
    return {
      ownerFragment: ownerLinkFragment(keys.seed),
      requestFragment: requestLinkFragment(keys.publicKey, keys.linkSecret),
      manageToken: encodeBase64url(keys.manageProof),
      sealed: { ...requestVerifiers(keys), note: encodeBase64url(sealNote(keys.noteKey, keys.id, note)) },
    };
  } finally {
    wipeRequestKeys(keys);
  }
}

/**
 * What the holder of the owner link sends: the id, the collect proof (peek and
 * read the answer) and the manage token (state and revoke).
 * @throws `request: ...` when S is not 32 bytes
 */
export function ownerCredentials(seed: Uint8Array): { id: string; collectProof: string; manageToken: string } {
  const keys = createRequestKeys(seed);
  try {
    return {
      id: encodeBase64url(keys.id),
      collectProof: encodeBase64url(keys.collectProof),
      manageToken: encodeBase64url(keys.manageProof),
    };
  } finally {
    wipeRequestKeys(keys);
  }
}

/** What the holder of the request link sends to peek and answer: the id and the submit proof. */
export function responderCredentials(linkSecret: Uint8Array): { id: string; submitProof: string } {
  const keys = requestLinkKeys(linkSecret);
  try {
    return { id: encodeBase64url(keys.id), submitProof: encodeBase64url(keys.submitProof) };
  } finally {
    wipeRequestKeys(keys);
  }
}

/**
 * Decrypts the note the server returned, with the request link's R (the
 * requester can pass the R of their own key tree).
 * @param note - base64url, as the API returns it
 * @throws `request: ...`, `base64url: ...` when the note is not this request's
 */
export function openRequestNote(linkSecret: Uint8Array, note: string): string {
  const keys = requestLinkKeys(linkSecret);
  try {
    return openNote(keys.noteKey, keys.id, decodeBase64url(note));
  } finally {
    wipeRequestKeys(keys);
  }
}
