import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../support/cli-run';
import { freePort, GENEROUS_LIMITS, startApp, type Started } from '../support/processes';
import { b64, newId, newProof, verifierOf } from '../support/secrets';
import { randomBytes } from 'node:crypto';

/*
 * An instance run for a company (issue 21), as the built app started by
 * `node server.mjs`: a 7-day-max, password-required policy refused through
 * the API with 400 policy_violation, served at GET /api/policy, named by the
 * CLI; the brand's logo served with the strict headers; a bad brand stops
 * the start with one message.
 */

const dir = mkdtempSync(join(tmpdir(), 'handoff-policy-'));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const logo = join(dir, 'logo.png');
writeFileSync(logo, PNG);

const COMPANY_POLICY = {
  HANDOFF_TTL_MAX: '7d',
  HANDOFF_REQUIRE_PASSWORD: '1',
  HANDOFF_MIN_PASSWORD_LENGTH: '12',
};

let app: Started;

beforeAll(async () => {
  buildCli();
  app = await startApp({ ...COMPANY_POLICY, HANDOFF_BRAND_NAME: 'Acme Payroll', HANDOFF_BRAND_LOGO: logo });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

function createBody(ttlSeconds: number, password: boolean) {
  return {
    id: newId(),
    envelope: b64(randomBytes(285)),
    linkVerifier: verifierOf(newProof()),
    passwordVerifier: password ? verifierOf(newProof()) : null,
    kdf: password ? { name: 'scrypt', log2N: 17, r: 8, p: 1, salt: b64(randomBytes(16)) } : null,
    ttlSeconds,
    maxViews: 1,
  };
}

const post = (body: unknown) =>
  fetch(`${app.url}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('a 7-day-max, password-required instance', () => {
  it('refuses a 30-day create with 400 policy_violation naming the lifetimes allowed', async () => {
    const res = await post(createBody(2592000, true));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'policy_violation',
      policy: { rule: 'ttl', allowed: [300, 3600, 86400, 604800] },
    });
  });

  it('refuses a password-less create with 400 policy_violation naming the password rule', async () => {
    const res = await post(createBody(86400, false));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'policy_violation', policy: { rule: 'password', allowed: true } });
  });

  it('stores a 7-day create with a password', async () => {
    expect((await post(createBody(604800, true))).status).toBe(201);
  });

  it('serves its policy publicly and cacheably at GET /api/policy, and narrows its OpenAPI enums', async () => {
    const res = await fetch(`${app.url}/api/policy`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.json()).toMatchObject({
      ttlChoices: [300, 3600, 86400, 604800],
      requirePassword: true,
      minPasswordLength: 12,
    });
    const doc = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as {
      components: { schemas: { CreateSecretRequest: { properties: { ttlSeconds: { enum: number[] } } } } };
    };
    expect(doc.components.schemas.CreateSecretRequest.properties.ttlSeconds.enum).toEqual([300, 3600, 86400, 604800]);
  });

  it("has `handoff send --help` list the server's lifetimes when a server is configured", async () => {
    const run = await runCli(['send', '--help'], { env: { HANDOFF_SERVER: app.url } });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/--expires T +lifetime: 5m, 1h, 1d \(default\) or 7d\n/);
    expect(run.out).toContain('it requires a password for every secret, of at least 12 characters');
    const plain = await runCli(['send', '--help']);
    expect(plain.out).toMatch(/lifetime: 5m, 1h, 1d \(default\), 7d or 30d\n/);
  });

  it('has `handoff send` refuse a 30-day lifetime and a missing password, naming what is allowed', async () => {
    const long = await runCli(['send', '--server', app.url, '--expires', '30d', '--password-env', 'PW'], {
      input: 'text',
      env: { PW: 'a-long-enough-password' },
    });
    expect(long.code).toBe(1);
    expect(long.err).toContain(`--expires 30d is not allowed on ${app.url}; its policy allows 5m, 1h, 1d or 7d`);
    const bare = await runCli(['send', '--server', app.url], { input: 'text' });
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('requires a password for every secret');
    const short = await runCli(['send', '--server', app.url, '--password-env', 'PW'], {
      input: 'text',
      env: { PW: 'short' },
    });
    expect(short.code).toBe(1);
    expect(short.err).toContain('requires passwords of at least 12 characters');
    const ok = await runCli(['send', '--server', app.url, '--json', '--expires', '7d', '--password-env', 'PW'], {
      input: 'text',
      env: { PW: 'a-long-enough-password' },
    });
    expect(ok.code, ok.err).toBe(0);
  });

  function requestBody(ttlSeconds: number, answerTtlSeconds: number, maxViews = 1) {
    return {
      id: newId(),
      note: b64(randomBytes(256 + 29)),
      submitVerifier: verifierOf(newProof()),
      collectVerifier: verifierOf(newProof()),
      manageVerifier: verifierOf(newProof()),
      ttlSeconds,
      answerTtlSeconds,
      maxViews,
    };
  }

  const postRequest = (body: unknown) =>
    fetch(`${app.url}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('refuses a request open for 30 days, or an answer kept 30 days, with 400 policy_violation', async () => {
    const open = await postRequest(requestBody(2592000, 3600));
    expect(open.status).toBe(400);
    expect(await open.json()).toMatchObject({
      error: 'policy_violation',
      policy: { rule: 'requestTtl', allowed: [3600, 86400, 604800] },
    });
    const kept = await postRequest(requestBody(3600, 2592000));
    expect(kept.status).toBe(400);
    expect(await kept.json()).toMatchObject({
      error: 'policy_violation',
      policy: { rule: 'ttl', allowed: [300, 3600, 86400, 604800] },
    });
    // Its password rule does not apply: the answer is sealed to the requester's key.
    expect((await postRequest(requestBody(604800, 604800))).status).toBe(201);
  });

  it("has `handoff request --help` list the server's request and answer choices", async () => {
    const run = await runCli(['request', '--help'], { env: { HANDOFF_SERVER: app.url } });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/--expires T +how long the request takes an answer: 1h, 1d \(default\) or 7d\n/);
    expect(run.out).toMatch(
      /--answer-expires T +how long the answer is kept once it arrives: 5m, 1h, 1d \(default\) or 7d\n/,
    );
    expect(run.out).toContain("The choices above are the server's (GET /api/policy)");
    const plain = await runCli(['request', '--help']);
    expect(plain.out).toMatch(/takes an answer: 1h, 1d \(default\), 7d or 30d\n/);
  });

  it('has `handoff request` refuse a 30-day request or answer before sending anything, naming what is allowed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'handoff-policy-request-'));
    const long = await runCli(['request', '--server', app.url, '--expires', '30d', '--note', 'the DB password'], {
      cwd,
    });
    expect(long.code).toBe(1);
    expect(long.err).toContain(`--expires 30d is not allowed on ${app.url}; its policy allows 1h, 1d or 7d`);
    expect(long.out).toBe('');
    const kept = await runCli(['request', '--server', app.url, '--answer-expires', '30d'], { cwd });
    expect(kept.code).toBe(1);
    expect(kept.err).toContain(`--answer-expires 30d is not allowed on ${app.url}; its policy allows 5m, 1h, 1d or 7d`);
    // Nothing was created: no owner link was written.
    expect(readdirSync(cwd)).toEqual([]);
    const ok = await runCli(['request', '--server', app.url, '--json', '--expires', '7d', '--note', 'please'], { cwd });
    expect(ok.code, ok.err).toBe(0);
    const { ownerLinkFile } = JSON.parse(ok.out) as { ownerLinkFile: string };
    expect(existsSync(join(cwd, ownerLinkFile))).toBe(true);
  });

  it('serves the logo same-origin as a sandboxed, never-sniffed image', async () => {
    const res = await fetch(`${app.url}/brand/logo`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
  });

  it('puts the name on the page but never in the title or the link preview', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).toContain('Acme Payroll');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('Acme');
    expect(head).toContain('<title>Handoff: share a secret once</title>');
  });
});

/** Starts the app with `env` and waits for it to exit; returns its output. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      REDIS_URL: '',
      ...GENEROUS_LIMITS,
      ...env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output };
}

describe('a brand that cannot be served safely', () => {
  it('stops the start with one message naming a low-contrast accent and the contrast it reached', async () => {
    const { code, output } = await failedStart({ HANDOFF_BRAND_ACCENT: '#7dd3fc' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/HANDOFF_BRAND_ACCENT: #7dd3fc gives white button text a contrast of 1\.\d\d:1/);
  }, 40_000);

  it('stops the start on a policy file that a variable contradicts, naming both', async () => {
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ ttlMax: '7d', requirePassword: true }));
    const { code, output } = await failedStart({ HANDOFF_POLICY_FILE: policyFile, HANDOFF_TTL_MAX: '30d' });
    expect(code).not.toBe(0);
    expect(output).toContain(`HANDOFF_TTL_MAX: "30d" conflicts with HANDOFF_POLICY_FILE's ttlMax (7d)`);
  }, 40_000);

  it('stops the start on an SVG logo with script, and on a policy that names a lifetime the server cannot hold', async () => {
    const svg = join(dir, 'evil.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const { code, output } = await failedStart({ HANDOFF_BRAND_LOGO: svg, HANDOFF_TTL_CHOICES: '1h,90d' });
    expect(code).not.toBe(0);
    expect(output).toContain('HANDOFF_BRAND_LOGO: this SVG is refused because it has a <script> element');
    expect(output).toContain('HANDOFF_TTL_CHOICES: "90d" is not one of 5m, 1h, 1d, 7d, 30d');
  }, 40_000);
});
