import 'server-only';
import { API_ERRORS, type ApiErrorBody, type ApiErrorCode } from '../schemas/errors';
import { API_CSP, NO_STORE } from '../security/headers';
import type { ApiReply, ApiRequest } from './fast-path';

/**
 * Headers on every API response: never cached, never rendered as a document.
 * Values come from lib/security/headers.ts, the one source for security headers.
 */
const API_HEADERS = {
  'Cache-Control': NO_STORE,
  'Content-Security-Policy': API_CSP,
  'X-Content-Type-Options': 'nosniff',
} as const;

/** What JSON.stringify writes back unchanged: no Date, Map, undefined in an array, or class instance. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/**
 * A JSON reply with the status on the response itself and the API headers.
 * Handlers answer a success body through its typed helper (lib/api/replies.ts),
 * so the body is checked against the schema that documents it.
 */
export function jsonReply<T extends JsonValue>(
  status: number,
  body: T,
  headers: Record<string, string> = {},
): ApiReply {
  return {
    status,
    headers: { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/**
 * A binary reply (a file part) with the API headers: a download, never
 * rendered or sniffed, never cached.
 */
export function binaryReply(bytes: Uint8Array): ApiReply {
  return {
    status: 200,
    headers: {
      ...API_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': 'attachment',
      'Content-Length': String(bytes.byteLength),
    },
    body: bytes,
  };
}

/** An empty reply (204) with the API headers. */
export function emptyReply(status: number): ApiReply {
  return { status, headers: { ...API_HEADERS }, body: null };
}

/** The reply for an error code from the closed table. */
export function errorReply(
  code: ApiErrorCode,
  extra: Omit<ApiErrorBody, 'error' | 'message'> = {},
  headers: Record<string, string> = {},
): ApiReply {
  const { status, message } = API_ERRORS[code];
  return jsonReply(status, { error: code, message, ...extra }, headers);
}

/** The Web Response for a reply: what the catch-all Next route returns (lib/api/next-host.ts). */
export function toResponse(reply: ApiReply): Response {
  return new Response(reply.body as BodyInit | null, { status: reply.status, headers: reply.headers });
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: ApiReply };

/**
 * Reads a JSON body, enforcing the size cap before parsing: a declared
 * Content-Length over the cap is refused unread, and a body without one is
 * counted while it streams and abandoned at the first byte over the cap.
 */
export async function readJsonBody(request: ApiRequest, maxBytes: number): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, response: errorReply('unsupported_media_type') };
  const bytes = await readBytes(request, maxBytes);
  return bytes.ok ? parseJson(bytes.value) : bytes;
}

export type BytesResult = { ok: true; value: Uint8Array } | { ok: false; response: ApiReply };

/**
 * Reads a binary body (`application/octet-stream`, a file part) under the
 * same rules as readJsonBody: the cap is enforced before and while reading.
 * @param type - the content type required, or null to accept any (an empty body)
 */
export async function readBinaryBody(
  request: ApiRequest,
  maxBytes: number,
  type: string | null = 'application/octet-stream',
): Promise<BytesResult> {
  const sent = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== null && sent !== type) return { ok: false, response: errorReply('unsupported_media_type') };
  return readBytes(request, maxBytes);
}

async function readBytes(request: ApiRequest, maxBytes: number): Promise<BytesResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    return { ok: false, response: errorReply('payload_too_large') };
  }
  const preloaded = request.preloadedBody;
  if (preloaded?.kind === 'too-large') return { ok: false, response: errorReply('payload_too_large') };
  if (preloaded) return { ok: true, value: preloaded.bytes };
  if (!request.body) return { ok: true, value: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: errorReply('payload_too_large') };
    }
    chunks.push(value);
  }
  return { ok: true, value: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array): BodyResult {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return { ok: false, response: errorReply('invalid_json') };
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: ApiRequest): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}
