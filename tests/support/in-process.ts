import { toResponse } from '@/lib/api/http';
import { routeApi } from '@/lib/api/router';
import type { ApiDeps } from '@/lib/api/secrets';
import type { ApiServer, Fetch } from '@/lib/client/http';

/** What the server in the middle may do with a request: pass it on (`answer`), or answer itself. */
export type Tamper = (request: Request, answer: () => Promise<Response>) => Promise<Response>;

/**
 * An ApiServer whose fetch answers through the real routing table and
 * handlers, in this process, on `deps`' store: the client flows run
 * unchanged, without a browser or a listening server. `tamper` stands in for
 * a server (or a network) that misbehaves; `calls` lists every request sent.
 */
export function inProcessServer(deps: ApiDeps, tamper?: Tamper): { server: ApiServer; calls: string[] } {
  const calls: string[] = [];
  const fetch: Fetch = async (url, init) => {
    const request = new Request(url, init);
    calls.push(`${request.method} ${url.pathname}`);
    const answer = async () => {
      const reply = await routeApi(request, url.pathname, deps);
      return reply ? toResponse(reply) : new Response(null, { status: 404 });
    };
    return tamper ? tamper(request, answer) : answer();
  };
  return { server: { base: 'http://handoff.test', fetch }, calls };
}

/** An API error answer, as the real server writes one. */
export function errorAnswer(status: number, error: string, message = 'Tampered.'): Response {
  return Response.json({ error, message }, { status });
}
