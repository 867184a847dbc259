import type { NotifyRequest } from './notify-types';
import type { CommitResult, PutPartResult } from './types';

/*
 * The request half of the store contract (docs/protocol.md § Requests,
 * docs/api.md § Requests). A request is a small record under the same `{id}`
 * as a secret; its answer IS a secret under that id: link verifier = the
 * request's collect verifier, manage verifier = the request's manage
 * verifier, lifetime and views as the requester chose. So the answer is read,
 * burned, revoked and receipted by the secret operations, unchanged.
 *  - putRequest never overwrites an id that holds a request, a secret or a receipt;
 *  - peekRequest never consumes; a wrong verifier is the same as a missing request;
 *  - submitAnswer stores the answer and closes the request in one atomic step:
 *    of any number of concurrent submissions exactly one is accepted;
 *  - an answer with files is pending (invisible to claims) until commitAnswer finds
 *    every part; meanwhile other answers are refused; if its upload window ends
 *    first, the request is open again and the pending answer is gone;
 *  - revokeRequest closes the request and burns its answer, if any, in one step;
 *  - a request with a destination writes one `answered` event into its outbox (the id's
 *    outbox, lib/store/notify-types.ts) in the step that accepts (or commits) the answer.
 */

export type NewRequest = {
  id: string;
  /** The note envelope, base64url (docs/protocol.md § Note). */
  note: string;
  submitVerifier: string;
  collectVerifier: string;
  manageVerifier: string;
  /** How long the request stays open for an answer. */
  ttlSeconds: number;
  /** How long the answer is kept once it arrives. */
  answerTtlSeconds: number;
  /** How many times the answer may be read. */
  maxViews: number;
  /** How long the record (and the answer's receipt) outlives the answer's expiry, or the request's. */
  receiptTtlSeconds: number;
  /**
   * Where to say "answered" (issue 22), kept in the request record for its lifetime; the
   * accepted (with files: committed) answer writes the event in the same atomic step.
   */
  notify?: NotifyRequest | null;
};

/**
 * open: waiting for an answer; uploading: an answer with files is being uploaded;
 * answered: an answer is stored (it may since have been read, expired or revoked:
 * its receipt says, GET /api/secrets/{id}/status); revoked: closed by the requester.
 */
export type RequestState = 'open' | 'uploading' | 'answered' | 'revoked';

/** Which proof matched. */
export type RequestRole = 'submit' | 'collect' | 'manage';

export type RequestMeta = {
  role: RequestRole;
  state: RequestState;
  /** The note envelope; null for the manage role (the manage token never reads the note). */
  note: string | null;
  createdAt: Date;
  /** Until when an answer is accepted. */
  expiresAt: Date;
  answerTtlSeconds: number;
  maxViews: number;
  /** When the accepted answer was submitted (committed, with files); null before. */
  answeredAt: Date | null;
  /** Padded file stream length of the accepted answer; null without files or before an answer. */
  streamBytes: number | null;
};

export type NewAnswer = {
  /** The answer envelope, base64url (docs/protocol.md § Answer). */
  answer: string;
  /** Padded file stream length, or null for a text answer. */
  streamBytes: number | null;
  /** SHA-256 of the responder's fresh upload token; required with files (it authorises the parts). */
  uploadVerifier: string | null;
  /** How long a pending answer waits for its commit before the request opens again. */
  uploadWindowSeconds: number;
  /** How long each read's lease on the parts lasts. */
  leaseSeconds: number;
};

export type SubmitResult =
  | { kind: 'accepted'; expiresAt: Date; uploadExpiresAt: Date | null }
  /** Another answer was accepted (or is uploading), or the request was revoked. */
  | { kind: 'closed' }
  | { kind: 'missing' };

export interface RequestStore {
  /** Stores a new request atomically unless its id holds a request, a secret or a receipt. */
  putRequest(request: NewRequest): Promise<{ kind: 'created'; expiresAt: Date } | { kind: 'exists' }>;
  /** The request's state (and note, except for the manage verifier), if one of its verifiers matches. */
  peekRequest(id: string, verifier: string): Promise<RequestMeta | null>;
  /** Stores the first valid answer; later ones are `closed`. */
  submitAnswer(id: string, submitVerifier: string, answer: NewAnswer): Promise<SubmitResult>;
  /** Part `index` of the pending answer's file stream; authorised by the upload verifier. */
  putAnswerPart(id: string, uploadVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult>;
  /** Makes the pending answer readable once every part is stored. Idempotent. */
  commitAnswer(id: string, uploadVerifier: string): Promise<CommitResult>;
  /** Closes the request and burns its answer; false when the manage verifier does not match. */
  revokeRequest(id: string, manageVerifier: string): Promise<boolean>;
}
