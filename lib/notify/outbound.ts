import 'server-only';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isNonPublicAddress, systemResolver, type ResolvedAddress, type Resolver } from './addresses';

/*
 * One outbound POST, treated as hostile territory: the caller has checked the
 * allowlist; here the scheme is checked again, the host resolved and EVERY
 * address checked (private and loopback refused unless the operator allows
 * them for this host), and the socket connects to the checked address (our
 * `lookup` hands it over: no second resolution). Redirects are refused, not
 * followed; the whole exchange has one deadline; at most `responseBytes` of
 * the answer are read.
 */

export type OutboundOptions = {
  timeoutMs: number;
  responseBytes: number;
  allowHttp: boolean;
  allowPrivate: boolean;
  resolve?: Resolver;
  /** Called with the address just before connecting (tests assert where connections go). */
  onConnect?: (address: string) => void;
};

/** `refused`: will never work (dead-letter); `failed`: may work later (retry). */
export type PostOutcome =
  | { kind: 'sent'; status: number }
  | { kind: 'refused'; reason: 'scheme' | 'private_address' | 'redirect' | 'client_error' }
  | { kind: 'failed'; reason: 'resolve' | 'timeout' | 'network' | 'server_error' };

export async function postOutbound(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: OutboundOptions,
): Promise<PostOutcome> {
  const url = new URL(target);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && options.allowHttp)) {
    return { kind: 'refused', reason: 'scheme' };
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  try {
    addresses = await withDeadline((options.resolve ?? systemResolver)(hostname), options.timeoutMs);
  } catch {
    return { kind: 'failed', reason: 'resolve' };
  }
  if (addresses.length === 0) return { kind: 'failed', reason: 'resolve' };
  if (!options.allowPrivate && addresses.some((a) => isNonPublicAddress(a.address))) {
    return { kind: 'refused', reason: 'private_address' };
  }
  const chosen = addresses[0]!;
  return send(url, chosen, body, headers, options);
}

function send(
  url: URL,
  chosen: ResolvedAddress,
  body: string,
  headers: Record<string, string>,
  options: OutboundOptions,
): Promise<PostOutcome> {
  const lookup: LookupFunction = (_host, opts, callback) => {
    options.onConnect?.(chosen.address);
    if (opts.all) callback(null, [{ address: chosen.address, family: chosen.family }]);
    else callback(null, chosen.address, chosen.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const req = request(url, {
      method: 'POST',
      lookup,
      agent: false,
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Handoff' },
    });
    const timer = setTimeout(() => done({ kind: 'failed', reason: 'timeout' }), options.timeoutMs);
    req.on('error', () => done({ kind: 'failed', reason: 'network' }));
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        // The answer is not needed: stop reading past the cap (the status already decides).
        if (read > options.responseBytes) done(outcomeOf(status));
      });
      res.on('end', () => done(outcomeOf(status)));
      res.on('error', () => done(outcomeOf(status)));
    });
    req.end(body);
  });
}

function outcomeOf(status: number): PostOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent', status };
  if (status >= 300 && status < 400) return { kind: 'refused', reason: 'redirect' };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'failed', reason: 'server_error' };
  return { kind: 'refused', reason: 'client_error' };
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
