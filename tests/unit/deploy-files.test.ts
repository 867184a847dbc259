import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * Checkable facts of the deployment files (docs/deploy.md): the Redis that
 * docker-compose.yml ships is durable, the app is health-checked and points
 * at it, and the image runs the production server as a non-root user with
 * production dependencies only. No Docker engine is needed.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string) => readFileSync(`${root}/${name}`, 'utf8');

type Instruction = { keyword: string; args: string };
type Stage = { image: string; name?: string; instructions: Instruction[] };

/** Instructions of a Dockerfile by stage: comments dropped, continuation lines joined. */
function parseDockerfile(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (!line && !pending)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\S+)\s*(.*)$/.exec(line);
    if (!match) continue;
    const instruction = { keyword: match[1]!.toUpperCase(), args: match[2]!.trim() };
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.args.split(/\s+/);
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0) {
      globalArgs.push(instruction);
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

/** The base image of a stage, with a `${ARG}` taken from the ARG's default. */
function resolveImage(image: string, globalArgs: Instruction[]): string {
  return image.replace(/^\$\{?(\w+)\}?$/, (_, name: string) => {
    const arg = globalArgs.find((a) => a.keyword === 'ARG' && a.args.startsWith(`${name}=`));
    return arg ? arg.args.slice(name.length + 1) : '';
  });
}

describe('Dockerfile', () => {
  const { globalArgs, stages } = parseDockerfile(read('Dockerfile'));
  const final = stages.at(-1)!;
  const finalOf = (keyword: string) => final.instructions.filter((i) => i.keyword === keyword);

  it('builds from an official Node 20 image pinned to an exact release', () => {
    const stageNames = new Set(stages.map((s) => s.name));
    for (const stage of stages) {
      if (stageNames.has(stage.image)) continue;
      expect(resolveImage(stage.image, globalArgs)).toMatch(/^node:20\.\d+\.\d+-(bookworm-slim|alpine)$/);
    }
  });

  it('runs the final stage as a non-root user', () => {
    const user = finalOf('USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user!.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('installs production dependencies only, never copying node_modules from a build stage', () => {
    const runs = finalOf('RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    for (const copy of finalOf('COPY')) expect(copy.args).not.toMatch(/node_modules/);
  });

  it('ships the build output without .next/cache, the API adapter and the server', () => {
    const copies = finalOf('COPY').map((i) => i.args);
    const dotNext = copies.find((c) => /\/\.next\s/.test(c));
    const fromStage = /--from=(\S+)/.exec(dotNext ?? '')?.[1];
    const source = stages.find((s) => s.name === fromStage);
    expect(source?.instructions.some((i) => i.keyword === 'RUN' && /rm -rf \.next\/cache/.test(i.args))).toBe(true);
    expect(copies.some((c) => c.includes('dist-server'))).toBe(true);
    expect(copies.some((c) => c.includes('server.mjs') && c.includes('next.config.ts'))).toBe(true);
  });

  it('ships the CLI bundle and its hash (served at /cli/handoff.mjs), built in the image, never from the context', () => {
    const copies = finalOf('COPY').map((i) => i.args);
    const cli = copies.find((c) => /\bdist-cli\b/.test(c));
    expect(cli).toMatch(/^--from=\S+ \/app\/dist-cli \.\/dist-cli$/);
    const source = stages.find((s) => s.name === /--from=(\S+)/.exec(cli!)?.[1]);
    expect(source?.instructions.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.args))).toBe(true);
    expect(JSON.parse(read('package.json')).scripts.build).toMatch(/node cli\/build\.mjs/);
    // A stale bundle from the build context never reaches the image: the build makes its own.
    expect(read('.dockerignore').split('\n')).toContain('dist-cli');
  });

  it('copies public/ into the image exactly when the repository has one', () => {
    // Both ways: a public/ folder left out of the image, or a COPY of a folder that does not exist
    // (the build would fail on it), each fail here. Today there is none, and no COPY of it.
    const copiesPublic = finalOf('COPY').some((i) => /\/public\s/.test(i.args));
    expect(copiesPublic).toBe(existsSync(`${root}/public`));
  });

  it('runs `node server.mjs` in production mode, exposes 3000 and checks /api/health', () => {
    expect(JSON.parse(finalOf('CMD').at(-1)!.args)).toEqual(['node', 'server.mjs']);
    expect(finalOf('ENV').some((i) => /\bNODE_ENV=production\b/.test(i.args))).toBe(true);
    expect(finalOf('ENV').some((i) => /\bHOSTNAME=0\.0\.0\.0\b/.test(i.args))).toBe(true);
    expect(finalOf('EXPOSE').map((i) => i.args)).toContain('3000');
    expect(finalOf('HEALTHCHECK').at(-1)?.args).toMatch(/CMD \["node",.*\/api\/health/);
  });

  it('has a .dockerignore that keeps dependencies, build output, git and env files out', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', '.next', '.git', '.env', '.env.*']) expect(ignored).toContain(entry);
  });
});

type Service = {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string | string[] };
  volumes?: string[];
  restart?: string;
  stop_grace_period?: string;
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

/** `15s`, `1m30s` in milliseconds. */
function durationMs(text: string): number {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|s|m|h)/g)) {
    total += Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
  }
  return total;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as Compose;
  const { app, redis } = compose.services;
  const commandText = (s?: Service) => (Array.isArray(s?.command) ? s.command.join(' ') : (s?.command ?? ''));
  const healthText = (s?: Service) => [s?.healthcheck?.test ?? []].flat().join(' ');

  it('runs Redis durably: AOF fsynced on every write, no eviction, a memory limit', () => {
    expect(redis?.image).toMatch(/^redis:7[.\d]*-(alpine|bookworm)$/);
    const command = commandText(redis);
    expect(command).toMatch(/--appendonly yes\b/);
    expect(command).toMatch(/--appendfsync always\b/);
    expect(command).toMatch(/--maxmemory-policy noeviction\b/);
    expect(command).toMatch(/--maxmemory \d+[kmg]b\b/);
  });

  it('keeps Redis data in a declared named volume at /data', () => {
    const mount = redis?.volumes?.find((v) => v.split(':')[1] === '/data');
    expect(mount).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(mount!.split(':')[0]);
  });

  it('health-checks Redis with redis-cli ping and restarts both services', () => {
    expect(healthText(redis)).toMatch(/redis-cli ping/);
    expect(redis?.restart).toBe('unless-stopped');
    expect(app?.restart).toBe('unless-stopped');
  });

  it('points the app at the redis service and starts it once Redis is healthy', () => {
    const env = Array.isArray(app?.environment)
      ? Object.fromEntries(app.environment.map((e) => e.split(/=(.*)/s).slice(0, 2)))
      : (app?.environment ?? {});
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(app?.build).toBeDefined();
    expect(app?.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
  });

  it('health-checks the app on /api/health', () => {
    expect(healthText(app)).toMatch(/\/api\/health/);
  });

  it("gives the app longer to stop than server.mjs's own shutdown grace", () => {
    const grace = /SHUTDOWN_GRACE_MS = ([\d_]+)/.exec(read('server.mjs'))?.[1];
    expect(grace).toBeDefined();
    expect(durationMs(app?.stop_grace_period ?? '10s')).toBeGreaterThan(Number(grace!.replaceAll('_', '')));
  });

  const hasDockerCompose = !spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).error;
  it.skipIf(!hasDockerCompose)(
    'passes `docker-compose config -q` (skipped when the docker-compose binary is not installed)',
    () => {
      const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
    30_000,
  );
});

describe('F-18: `next` telemetry is off in every documented way of building', () => {
  const sets = (command: string) => /\bNEXT_TELEMETRY_DISABLED=1\s/.test(command);

  it('sets NEXT_TELEMETRY_DISABLED=1 in every npm script that runs `next build` or `next dev`', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const nextRuns = Object.values(scripts).filter((s) => /\bnext (build|dev)\b/.test(s));
    expect(nextRuns.length).toBeGreaterThanOrEqual(2);
    for (const script of nextRuns) expect(sets(script), script).toBe(true);
  });

  it('disables it in the Dockerfile stage that builds, and in CI', () => {
    const { stages } = parseDockerfile(read('Dockerfile'));
    const build = stages.find((s) => s.instructions.some((i) => i.keyword === 'RUN' && /npm run build/.test(i.args)));
    expect(build?.instructions.some((i) => i.keyword === 'ENV' && /\bNEXT_TELEMETRY_DISABLED=1\b/.test(i.args))).toBe(
      true,
    );
    expect(read('.ci/run')).toMatch(/^export NEXT_TELEMETRY_DISABLED=1\b/m);
  });

  it('builds through `npm run build`, or with the variable set, in every command the docs show', () => {
    const docs = ['README.md', 'docs/deploy.md', 'docs/api.md', 'docs/performance.md'].map(read).join('\n');
    const commands = [...docs.matchAll(/```(?:sh|bash|console)\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));
    expect(commands.some((c) => /\bnpm run build\b/.test(c))).toBe(true);
    for (const line of commands.filter((c) => /\bnext (build|dev)\b/.test(c))) expect(sets(line), line).toBe(true);
  });
});
