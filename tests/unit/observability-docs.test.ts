import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The example alert rules must load in Prometheus: promtool (Debian package
 * `prometheus`, installed by .ci/run) checks them. The names they use are
 * checked against a real scrape in tests/integration/metrics.test.ts.
 */

const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const missing = promtool.error ? 'promtool is not installed (apt-get install prometheus)' : null;

describe('the example alert rules', () => {
  it.skipIf(missing !== null)(`pass promtool check rules${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const output = execFileSync('promtool', ['check', 'rules', 'docs/observability/alerts.yml'], { encoding: 'utf8' });
    expect(output).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('fail promtool on a broken rule (the check can fail)', () => {
    if (missing) return;
    const dir = mkdtempSync(join(tmpdir(), 'handoff-rules-'));
    try {
      const file = join(dir, 'broken.yml');
      writeFileSync(file, 'groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n');
      expect(spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' }).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
