import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph, packageName, type ImportEdge } from '../support/import-graph';

/*
 * The project's import boundaries (STYLE.md "Dependencies point one way",
 * eslint.config.mjs), checked twice: on the real import graph of every source
 * file, and by linting a planted forbidden import in every folder (ESLint
 * replaces, rather than merges, a rule's options between config blocks, so a
 * rule that looks configured may not apply: only linting shows it does).
 * Each check is also run on a planted bad edge, to show it can fail.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Server-only lib folders: they run on the server and may use the store, never lib/crypto. */
const SERVER_LIB = [
  'lib/api',
  'lib/store',
  'lib/ratelimit',
  'lib/config',
  'lib/security',
  'lib/redis',
  'lib/net',
  'lib/observability',
  'lib/notify',
  'lib/auth',
];
/** The HTTP client: components and the CLI reach it only through the flows (lib/client/create, reveal, manage). */
const HTTP_CLIENT = ['lib/client/http.ts', 'lib/client/api.ts', 'lib/client/sender-api.ts', 'lib/client/files.ts'];
const SERVER_ROOTS = [...SERVER_LIB, 'app/api', 'proxy.ts', 'instrumentation.ts', 'server.mjs'];
const SERVER_PACKAGES = ['ioredis', 'server-only', 'pino', 'prom-client', 'nodemailer', 'openid-client'];
/** What lib/crypto may import besides @noble/* and itself: the frozen protocol constants and the one base64url codec. */
const CRYPTO_MAY_IMPORT = ['lib/protocol/v1.ts', 'lib/protocol/base64url.ts'];
/**
 * The public faces of lib/crypto: everything outside it (tests aside) imports only these files. Requests have
 * their own, so that pages which do not use them (/s) never load X25519 and HPKE (lib/crypto/requests.ts); so
 * do the recipient (/s loads no @noble code) and file streams (loaded only for a secret with files).
 */
const CRYPTO_FACES = [
  'lib/crypto/index.ts',
  'lib/crypto/requests.ts',
  'lib/crypto/recipient.ts',
  'lib/crypto/streams.ts',
];

/** The folder a file belongs to for the boundary rules: `lib/store`, `components/ui`, `cli`, `app/api`, `app`, or a root file. */
function area(file: string): string {
  const [top, second] = file.split('/');
  if (top === 'lib' || top === 'components') return `${top}/${second}`;
  if (top === 'app') return second === 'api' ? 'app/api' : 'app';
  return top === 'cli' ? 'cli' : file;
}

const within = (file: string, folders: readonly string[]) =>
  folders.some((folder) => file === folder || file.startsWith(`${folder}/`));

type Violation = { rule: string; edge: string };

/** Every import edge that breaks a boundary rule. */
export function violations(edges: readonly ImportEdge[]): Violation[] {
  const found: Violation[] = [];
  const add = (rule: string, e: ImportEdge) => found.push({ rule, edge: `${e.from} -> ${e.to}` });
  for (const e of edges) {
    const target = e.external ? packageName(e.to) : e.to;
    if (within(e.from, ['lib']) && !e.external && within(e.to, ['app', 'components'])) {
      add('lib never imports app/ or components/', e);
    }
    if (!within(e.from, SERVER_ROOTS) && (within(target, SERVER_LIB) || SERVER_PACKAGES.includes(target))) {
      if (within(e.from, ['app']) && !e.external) continue; // pages are server components; checked below
      add('client and isomorphic code never imports server modules', e);
    }
    if (within(e.from, ['components', 'cli']) && HTTP_CLIENT.includes(e.to)) {
      add('components and the CLI reach the HTTP client only through the client flows', e);
    }
    if (within(e.from, ['lib/crypto'])) {
      const allowed = e.external
        ? target.startsWith('@noble/')
        : within(e.to, ['lib/crypto']) || CRYPTO_MAY_IMPORT.includes(e.to);
      if (!allowed) add('lib/crypto imports only @noble/*, itself and the frozen protocol constants', e);
    } else if (!e.external && within(e.to, ['lib/crypto']) && !CRYPTO_FACES.includes(e.to)) {
      add('outside lib/crypto, only its public face is imported', e);
    }
  }
  // The server never reaches lib/crypto, directly or through any chain of imports.
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.external) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  for (const start of new Set(edges.map((e) => e.from))) {
    if (!within(start, SERVER_ROOTS)) continue;
    const path = reach(start, (f) => within(f, ['lib/crypto']), next);
    if (path) found.push({ rule: 'server code never reaches lib/crypto', edge: path.join(' -> ') });
  }
  for (const cycle of folderCycles(edges)) found.push({ rule: 'no folder-level cycles', edge: cycle.join(' -> ') });
  return found;
}

/** A shortest import chain from `start` to a file matching `goal`, or null. */
function reach(start: string, goal: (file: string) => boolean, next: Map<string, string[]>): string[] | null {
  const parent = new Map<string, string>([[start, '']]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (goal(file)) {
      const path = [file];
      for (let p = parent.get(file)!; p; p = parent.get(p)!) path.unshift(p);
      return path;
    }
    for (const to of next.get(file) ?? []) {
      if (!parent.has(to)) {
        parent.set(to, file);
        queue.push(to);
      }
    }
  }
  return null;
}

/** Cycles between folders (areas), each as a closed list of areas. */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.external) continue;
    const [from, to] = [area(e.from), area(e.to)];
    if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const graph = importGraph(root);

describe('the import graph', () => {
  it('is read from the real sources', () => {
    // A walker that silently found nothing would pass every rule below.
    expect(graph.length).toBeGreaterThan(300);
    expect(graph).toContainEqual({ from: 'lib/api/secrets.ts', to: 'lib/store/index.ts', external: false });
  });

  it('breaks no boundary', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('fails on a planted forbidden import (server -> crypto, directly and through a chain)', () => {
    const planted: ImportEdge = { from: 'lib/store/planted.ts', to: 'lib/crypto/index.ts', external: false };
    expect(violations([...graph, planted]).map((v) => v.rule)).toContain('server code never reaches lib/crypto');
    const chain: ImportEdge[] = [
      { from: 'lib/api/secrets.ts', to: 'lib/schemas/planted.ts', external: false },
      { from: 'lib/schemas/planted.ts', to: 'lib/crypto/envelope.ts', external: false },
    ];
    expect(violations([...graph, ...chain])).toContainEqual({
      rule: 'server code never reaches lib/crypto',
      edge: 'lib/api/secrets.ts -> lib/schemas/planted.ts -> lib/crypto/envelope.ts',
    });
  });

  it('fails on every other planted forbidden edge', () => {
    const plant = (from: string, to: string, external = false) => violations([...graph, { from, to, external }]);
    expect(plant('lib/api/planted.ts', 'components/ui/button.tsx').map((v) => v.rule)).toContain(
      'lib never imports app/ or components/',
    );
    expect(plant('components/ui/planted.tsx', 'lib/store/index.ts').map((v) => v.rule)).toContain(
      'client and isomorphic code never imports server modules',
    );
    expect(plant('cli/planted.ts', 'ioredis', true).map((v) => v.rule)).toContain(
      'client and isomorphic code never imports server modules',
    );
    expect(plant('cli/commands/planted.ts', 'lib/client/api.ts').map((v) => v.rule)).toContain(
      'components and the CLI reach the HTTP client only through the client flows',
    );
    expect(plant('components/reveal/planted.ts', 'lib/client/files.ts').map((v) => v.rule)).toContain(
      'components and the CLI reach the HTTP client only through the client flows',
    );
    expect(plant('lib/crypto/planted.ts', 'lib/detect/index.ts').map((v) => v.rule)).toContain(
      'lib/crypto imports only @noble/*, itself and the frozen protocol constants',
    );
    expect(plant('lib/crypto/planted.ts', 'node:crypto', true).map((v) => v.rule)).toContain(
      'lib/crypto imports only @noble/*, itself and the frozen protocol constants',
    );
    expect(plant('lib/crypto/planted.ts', 'lib/protocol/errors.ts').map((v) => v.rule)).toContain(
      'lib/crypto imports only @noble/*, itself and the frozen protocol constants',
    );
    expect(plant('lib/crypto/planted.ts', 'lib/protocol/base64url.ts')).toEqual([]);
    expect(plant('components/reveal/planted.ts', 'lib/crypto/hpke.ts').map((v) => v.rule)).toContain(
      'outside lib/crypto, only its public face is imported',
    );
    expect(plant('cli/planted.ts', 'lib/crypto/index.ts')).toEqual([]);
    expect(plant('lib/store/planted.ts', 'lib/api/secrets.ts').map((v) => v.rule)).toContain('no folder-level cycles');
  });
});

/*
 * Lint: a planted import in every folder, as ESLint resolves the config for a
 * file there. `lintText` lints the text as if it were that file; no file is written.
 */
const libFolders = readdirSync(join(root, 'lib')).filter((name) => statSync(join(root, 'lib', name)).isDirectory());
const serverFolders = libFolders.filter((name) => SERVER_LIB.includes(`lib/${name}`));
const otherLibFolders = libFolders.filter((name) => !SERVER_LIB.includes(`lib/${name}`) && name !== 'crypto');

describe('lint', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: root });
  async function restricted(filePath: string, source: string): Promise<boolean> {
    const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: join(root, filePath) });
    return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
  }
  // Loading the config and the TypeScript parser takes seconds on a busy machine: do it once, up front.
  beforeAll(() => eslint.calculateConfigForFile(join(root, 'lib/api/http.ts')), 60_000);

  it.each(libFolders)('refuses components/ and app/ in lib/%s', async (folder) => {
    expect(await restricted(`lib/${folder}/planted.ts`, "import '@/components/ui/button';")).toBe(true);
    expect(await restricted(`lib/${folder}/planted.ts`, "import '../../app/layout';")).toBe(true);
  });

  it.each(serverFolders)('refuses lib/crypto in lib/%s', async (folder) => {
    expect(await restricted(`lib/${folder}/planted.ts`, "import '@/lib/crypto';")).toBe(true);
    expect(await restricted(`lib/${folder}/planted.ts`, "import '../crypto/envelope';")).toBe(true);
  });

  it.each(otherLibFolders)('refuses server modules in lib/%s', async (folder) => {
    expect(await restricted(`lib/${folder}/planted.ts`, "import '../store';")).toBe(true);
    expect(await restricted(`lib/${folder}/planted.ts`, "import 'ioredis';")).toBe(true);
  });

  it.each(['components/ui/planted.tsx', 'cli/planted.ts', 'cli/commands/planted.ts'])(
    'refuses server modules in %s',
    async (file) => {
      expect(await restricted(file, "import '@/lib/api/secrets';")).toBe(true);
      expect(await restricted(file, "import '../../lib/store';")).toBe(true);
      expect(await restricted(file, "import 'server-only';")).toBe(true);
    },
  );

  it.each(['components/reveal/planted.tsx', 'cli/commands/planted.ts'])(
    'refuses the HTTP client outside the flows in %s',
    async (file) => {
      expect(await restricted(file, "import '@/lib/client/api';")).toBe(true);
      expect(await restricted(file, "import '../../lib/client/files';")).toBe(true);
      expect(await restricted(file, "import '@/lib/client/reveal';")).toBe(false);
    },
  );

  it('refuses anything but @noble/*, the protocol constants and the base64url codec in lib/crypto', async () => {
    expect(await restricted('lib/crypto/planted.ts', "import 'node:crypto';")).toBe(true);
    expect(await restricted('lib/crypto/planted.ts', "import '../detect';")).toBe(true);
    expect(await restricted('lib/crypto/planted.ts', "import '../protocol/errors';")).toBe(true);
    expect(await restricted('lib/crypto/planted.ts', "import '@noble/hashes/sha2.js';")).toBe(false);
    expect(await restricted('lib/crypto/planted.ts', "import '../protocol/v1';")).toBe(false);
    expect(await restricted('lib/crypto/planted.ts', "import '../protocol/base64url';")).toBe(false);
  });

  it('refuses lib/crypto in app/api and proxy.ts', async () => {
    expect(await restricted('app/api/planted/route.ts', "import '@/lib/crypto';")).toBe(true);
    expect(await restricted('proxy.ts', "import '@/lib/crypto/envelope';")).toBe(true);
  });

  it('allows what the boundaries allow', async () => {
    expect(await restricted('lib/api/planted.ts', "import '../store';")).toBe(false);
    expect(await restricted('components/ui/planted.tsx', "import '@/lib/crypto';")).toBe(false);
  });
});
