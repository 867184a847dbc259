import 'server-only';
import type { Identity } from '../auth/identity';

/*
 * What the handlers read of a request and what they answer, as plain data, so
 * that the node:http adapter's hot path builds no Web Request, Headers,
 * AbortSignal, stream or Response (together about 15% of its CPU under load,
 * docs/performance.md). Under `next dev` the catch-all route turns its Web
 * Request into one (lib/api/next-host.ts) and each ApiReply into a Response
 * with toResponse() (lib/api/http.ts): both hosts run the same table and code.
 */

/** A body the adapter has already read, with the same cap as readJsonBody applies. */
export type PreloadedBody = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large' };

/** The part of a Web Request that the handlers use. */
export type ApiRequest = {
  readonly method: string;
  /** Header lookup by lower-case name, as Headers.get. */
  readonly headers: { get(name: string): string | null };
  /** The body as a Web stream; null when there is none or it was preloaded. */
  readonly body: ReadableStream<Uint8Array> | null;
  /** Set by the node adapter, which reads bodies itself; readJsonBody then skips the stream. */
  readonly preloadedBody?: PreloadedBody;
  /** The query string, `?` included ('' when none): only the sign-in callback reads it. */
  readonly search?: string;
  /** The signed-in caller, set by the router on the routes that ask who it is (lib/api/router.ts); else absent. */
  readonly identity?: Identity | null;
};

/** An API answer: status, headers (the API set included) and the JSON text, a file part's bytes, or no body. */
export type ApiReply = { status: number; headers: Record<string, string>; body: string | Uint8Array | null };
