import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes';
import { newProof, secretFixture } from './secrets';

/** A create body (as the browser sends) and the link proof that opens it. */
export function createBody() {
  const { secret, linkProof } = secretFixture();
  const body = {
    id: secret.id,
    envelope: secret.envelope,
    linkVerifier: secret.linkVerifier,
    passwordVerifier: null,
    kdf: null,
    ttlSeconds: 300,
    maxViews: 1,
  };
  return { id: secret.id, body, linkProof };
}

/** POST /api/secrets with `headers`; the status and the parsed answer. */
export async function createSecret(base: string, headers: Record<string, string> = {}) {
  const { id, body, linkProof } = createBody();
  const response = await fetch(`${base}/api/secrets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as { error?: string } | null;
  return { status: response.status, error: json?.error ?? null, id, linkProof };
}

/** GET /api/secrets/{id} with `proof` as the link proof: the status and error code. */
export async function peek(base: string, id: string, proof = newProof()) {
  const response = await fetch(`${base}/api/secrets/${id}`, { headers: { authorization: `Bearer ${proof}` } });
  const json = (await response.json().catch(() => null)) as { error?: string } | null;
  return { status: response.status, error: json?.error ?? null };
}

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? null;

export type StartedNginx = { url: string; stop: () => Promise<void> };

/**
 * A real nginx on a free loopback port in front of `upstream`, standing in for an identity-aware proxy
 * (oauth2-proxy with nginx's auth_request): it sets `header: value` on every request it passes on,
 * overwriting whatever the client sent, and connects to the app from `bindAddress` (127.0.0.2), so
 * the app can tell it from a client that connects directly (127.0.0.1).
 */
export async function startNginx(options: {
  upstream: string;
  header: string;
  value: string;
  bindAddress: string;
  port?: number;
}): Promise<StartedNginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y --no-install-recommends nginx-light)');
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'handoff-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${options.upstream};
      proxy_bind ${options.bindAddress};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header ${options.header} "${options.value}";
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited: ${output} ${log}`);
    }
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
