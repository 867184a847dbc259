import 'server-only';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { COMMON_HEADERS } from '../security/headers';

/*
 * The self-contained CLI (dist-cli/handoff.mjs, built by cli/build.mjs) as a
 * download from every instance, so that whoever receives a link can run
 * `node handoff.mjs open LINK` without a clone (docs/deploy.md). server.mjs
 * answers /cli/handoff.mjs with serveCliBundle before Next sees the request;
 * app/cli/page.tsx shows the SHA-256 of the same bytes, read by cliBundle.
 *
 * This origin holds keys (in links, in My links), so the file must never run
 * here as a script or render as a page: it is sent as an attachment of type
 * application/octet-stream with nosniff (no browser executes that as a script,
 * classic or module), and with a CSP that sandboxes it and allows nothing,
 * should anything still render it. Node runs it by its .mjs name, whatever the
 * type it came with.
 *
 * The hash is computed from the bytes served, never taken from the .sha256
 * file beside them, so the page and the download cannot disagree. It detects a
 * damaged download, not a malicious server: that would change the page too.
 */

/** Where the bundle is served. */
export const CLI_BUNDLE_PATH = '/cli/handoff.mjs';

/** Sandboxed, and nothing may load or frame it: it is a file to save, never a document. */
export const CLI_BUNDLE_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export type CliBundle = {
  bytes: Buffer;
  /** SHA-256 of `bytes`, lower-case hex, as `sha256sum` prints it. */
  sha256: string;
  /** The same hash as an HTTP entity tag (strong). */
  etag: string;
};

type Loaded = { file: string; ino: number; mtimeMs: number; size: number; bundle: CliBundle };
let loaded: Loaded | undefined;

/**
 * The CLI bundle this server serves, or null when it was not built.
 * Read once, and again only when the file changes (a rebuild under `next dev`
 * or in tests: a new inode, size or mtime); the build replaces it by a rename, so a read sees one whole
 * version, and the hash is always that of the bytes read with it.
 * @param root - the project folder; Next's is the server's working directory (server.mjs, next dev)
 */
export async function cliBundle(root = process.cwd()): Promise<CliBundle | null> {
  const file = join(root, 'dist-cli', 'handoff.mjs');
  let info;
  try {
    info = await stat(file);
  } catch {
    return null;
  }
  if (
    loaded?.file === file &&
    loaded.ino === info.ino &&
    loaded.mtimeMs === info.mtimeMs &&
    loaded.size === info.size
  ) {
    return loaded.bundle;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const bundle = { bytes, sha256, etag: `"${sha256}"` };
  loaded = { file, ino: info.ino, mtimeMs: info.mtimeMs, size: info.size, bundle };
  return bundle;
}

/** True when an If-None-Match header names `etag` (or `*`); weak tags compare equal (RFC 9110, 13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** The headers of every answer on CLI_BUNDLE_PATH. */
function baseHeaders(): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Security-Policy': CLI_BUNDLE_CSP };
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string>): void {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    ...baseHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers GET and HEAD for CLI_BUNDLE_PATH (a query string is ignored): 200
 * with the bundle, 304 when If-None-Match names its hash, 404 when it was not
 * built, 405 for any other method. Clients may keep a copy but must ask again
 * each time (no-cache): the page shows the hash of what is served now.
 * @param root - the project folder, as for cliBundle
 * @returns false for any other path, which is then Next's to answer
 */
export async function serveCliBundle(
  req: IncomingMessage,
  res: ServerResponse,
  root = process.cwd(),
): Promise<boolean> {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  if ((queryAt === -1 ? url : url.slice(0, queryAt)) !== CLI_BUNDLE_PATH) return false;
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return true;
  }
  const bundle = await cliBundle(root);
  if (!bundle) {
    sendText(res, 404, 'The command-line tool is not available on this server.', {});
    return true;
  }
  const headers: Record<string, string> = {
    ...baseHeaders(),
    'Cache-Control': 'no-cache',
    ETag: bundle.etag,
    // RFC 9530: lets a client check the body without trusting a page (the page shows the same hash, in hex).
    'Repr-Digest': `sha-256=:${Buffer.from(bundle.sha256, 'hex').toString('base64')}:`,
  };
  if (matchesEtag(req.headers['if-none-match'], bundle.etag)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': 'attachment; filename="handoff.mjs"',
    'Content-Length': String(bundle.bytes.length),
  });
  res.end(method === 'HEAD' ? undefined : bundle.bytes);
  return true;
}
