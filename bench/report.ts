import type { BenchResults } from './results-types';
import type { CryptoReport } from './crypto/measure';

/*
 * The printed report: Markdown tables, so that the last run can be pasted
 * into bench/README.md as it is.
 */

const int = (n: number) => Math.round(n).toLocaleString('en');
const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function apiSection(r: BenchResults): string[] {
  if (!r.api) return [];
  const { results, ratios, sameWorkRatios = {}, servers } = r.api;
  const concurrencies = r.settings.concurrencies.map((c) => `c${c}`);
  const rows: string[][] = [];
  for (const name of ['create', 'peek', 'reveal', 'pair', 'health'] as const) {
    for (const server of Object.keys(servers)) {
      const byC = results[server]?.[name];
      if (!byC) continue;
      const cells = concurrencies.map((c) => {
        const x = byC[c];
        if (!x) return '';
        const ratio = ratios[server]?.[name]?.[c];
        const sameWork = sameWorkRatios[server]?.[name]?.[c];
        const failed = x.failed ? ` (${x.failed} failed)` : '';
        const times = [ratio, sameWork].map((v) => (v === undefined ? '' : ` ×${fixed(v)}`)).join('');
        return `${int(x.rps)}${times} · ${fixed(x.p50)} / ${fixed(x.p99)}${failed}`;
      });
      rows.push([name, server, ...cells]);
    }
  }
  const legend = Object.entries(servers).map(([name, what]) => `- \`${name}\`: ${what}`);
  return [
    '### API: req/s ×ratio to baseline [×ratio to baseline-rl] · p50 / p99 ms (pair: pairs/s, per-request latency)',
    '',
    table(['case', 'server', ...concurrencies], rows),
    '',
    ...legend,
  ];
}

function cryptoSection(r: BenchResults): string[] {
  if (!r.crypto) return [];
  const envs = [
    ['Node', r.crypto.node],
    ['Chromium', r.crypto.chromium],
  ] as const;
  // lib/crypto against raw WebCrypto, per environment and size, for the envelope or the file stream.
  const throughputRows = (pick: (report: CryptoReport) => CryptoReport['envelope']) =>
    envs.flatMap(([env, report]) =>
      report
        ? pick(report).map((e) => [
            env,
            kib(e.bytes),
            `${fixed(e.lib.sealMiBps, 1)} / ${fixed(e.lib.openMiBps, 1)}`,
            `${fixed(e.webcrypto.sealMiBps, 1)} / ${fixed(e.webcrypto.openMiBps, 1)}`,
            fixed(e.ratio, 3),
            `${fixed(e.lib.bothMs, 1)} ms`,
          ])
        : [],
    );
  const rows = throughputRows((report) => report.envelope);
  const fileRows = throughputRows((report) => report.files);
  const chunkLines = envs.flatMap(([env, report]) =>
    report
      ? [
          `- ${env}, raw WebCrypto over ${kib(Math.max(...report.files.map((f) => f.bytes)))} seal + open by chunk size: ` +
            report.chunkSizes.map((c) => `${kib(c.chunkBytes)} chunks ${fixed(c.bothMs, 1)} ms`).join(', '),
        ]
      : [],
  );
  const secretRows: string[][] = [];
  for (const [env, report] of envs) {
    if (!report) continue;
    for (const s of report.secret) {
      secretRows.push([env, kib(s.paddedBytes), `${fixed(s.lib.sealMs, 2)} ms`, `${fixed(s.lib.openMs, 2)} ms`]);
    }
  }
  const scrypt = [
    `- scrypt N=2^17, r=8, p=1 (derivePasswordKey), median of ${r.crypto.node.scrypt.runsMs.length}: ` +
      `Node ${int(r.crypto.node.scrypt.medianMs)} ms (node:crypto's native scrypt: ` +
      `${int(r.crypto.node.nativeScryptMedianMs)} ms)` +
      (r.crypto.chromium ? `, Chromium ${int(r.crypto.chromium.scrypt.medianMs)} ms` : ''),
  ];
  return [
    '### Crypto: AES-256-GCM, MiB/s seal / open',
    '',
    table(['where', 'size', 'lib/crypto', 'WebCrypto', 'lib ÷ WebCrypto', 'lib seal + open'], rows),
    '',
    'File stream (FileStream, WebCrypto bulk, 64 KiB chunks), MiB/s seal / open against one-shot WebCrypto:',
    '',
    table(['where', 'size', 'lib/crypto', 'WebCrypto', 'lib ÷ WebCrypto', 'lib seal + open'], fileRows),
    '',
    ...chunkLines,
    '',
    'Whole text secret (sealSecret; unlockSecret + openSecret), by padded size:',
    '',
    table(['where', 'padded', 'seal', 'open'], secretRows),
    '',
    ...scrypt,
  ];
}

function pagesSection(r: BenchResults): string[] {
  if (!r.pages) return [];
  const floorFiles = new Set(r.pages.floor.files.map((f) => f.path));
  const extra = (r.pages.pages.find((p) => p.path === '/s')?.files ?? [])
    .filter((f) => f.kind === 'js' && f.firstLoad && !floorFiles.has(f.path))
    .map((f) => `${f.path.split('/').pop()} ${kib(f.gzip)}`)
    .join(', ');
  const rows = [...r.pages.pages, r.pages.floor].map((p) => [
    p === r.pages!.floor ? `${p.path} (floor)` : p.path,
    String(p.requests),
    `${kib(p.firstLoad.js.raw)} / ${kib(p.firstLoad.js.gzip)} (${p.firstLoad.js.files})`,
    `${kib(p.firstLoad.css.raw)} / ${kib(p.firstLoad.css.gzip)} (${p.firstLoad.css.files})`,
    `${kib(p.all.js.raw)} / ${kib(p.all.js.gzip)} (${p.all.js.files})`,
  ]);
  return [
    '### Page weight (raw / gzip, files)',
    '',
    table(['page', 'requests', 'first-load JS', 'first-load CSS', 'all JS until idle'], rows),
    '',
    `- /s first-load JS above the floor: ${int(r.pages.sFirstLoadJsGzipAboveFloor)} B gzip, in: ${extra}`,
    `- /s JavaScript until network idle: ${int(r.pages.sJsGzipUntilIdle ?? Number.NaN)} B gzip in all`,
  ];
}

function revealSection(r: BenchResults): string[] {
  if (!r.reveal) return [];
  const m = r.reveal.median;
  return [
    `### Time to reveal (Chromium, median of ${r.reveal.runs.length})`,
    '',
    table(
      [
        'navigation → Reveal enabled',
        'click → secret decrypted and shown',
        'of which the reveal request',
        'Show → plaintext',
      ],
      [
        [
          `${fixed(m.readyMs, 0)} ms`,
          `${fixed(m.revealMs, 1)} ms`,
          `${fixed(m.requestMs, 1)} ms`,
          `${fixed(m.showMs, 1)} ms`,
        ],
      ],
    ),
  ];
}

function largeFileSection(r: BenchResults): string[] {
  const f = r.largeFile;
  if (!f) return [];
  return [
    `### A ${kib(f.bytes)} file through the pages (Chromium, one run)`,
    '',
    table(
      [
        'Create → link (encrypt + upload)',
        'sender heap + ArrayBuffers: peak above start (mostly garbage)',
        'kept after a GC',
        'Reveal → files ready',
        'byte-identical',
      ],
      [
        [
          `${int(f.uploadMs)} ms`,
          `${fixed(f.uploadHeapPeakAboveStartMiB, 1)} MiB`,
          `${fixed(f.uploadHeapRetainedMiB, 1)} MiB`,
          `${int(f.revealToFilesMs)} ms`,
          f.identical ? 'yes' : 'NO',
        ],
      ],
    ),
  ];
}

function memorySection(r: BenchResults): string[] {
  if (!r.redisMemory) return [];
  const rows = r.redisMemory.map((m) => [
    kib(m.paddedBytes),
    m.withReceipt ? 'yes' : 'no',
    int(m.count),
    `${int(m.usedPerSecret)} B`,
    `${int(m.keyBytes.secret)} B`,
    m.withReceipt ? `${int(m.keyBytes.receipt)} B` : '',
  ]);
  const fileRows = (r.redisFileMemory ?? []).map((m) => [
    kib(m.streamBytes),
    int(m.parts),
    int(m.count),
    `${int(m.usedPerSecret)} B`,
    `${(m.usedPerMiB / 1024 / 1024).toFixed(3)} MiB`,
  ]);
  return [
    '### Redis memory per stored secret',
    '',
    table(
      ['padded', 'receipt', 'secrets', 'used_memory ÷ secrets', 'MEMORY USAGE secret', 'MEMORY USAGE receipt'],
      rows,
    ),
    ...(fileRows.length
      ? [
          '',
          'Secrets with files (1 KiB envelope + receipt + parts), used_memory growth:',
          '',
          table(['file stream', 'parts', 'secrets', 'per secret', 'per MiB of ciphertext'], fileRows),
        ]
      : []),
  ];
}

function targetsSection(r: BenchResults): string[] {
  const rows = r.targets.map((t) => {
    const value =
      t.value === null ? 'not run' : `${fixed(t.value, t.unit === '×' ? 2 : t.unit === 'B' ? 0 : 1)} ${t.unit}`;
    const limit = `${t.kind === 'min' ? '≥' : t.strict ? '<' : '≤'} ${t.limit} ${t.unit}`;
    const verdict = t.pass === null ? '' : t.pass ? 'pass' : 'MISSED';
    const margin = t.margin === null ? '' : `${t.margin >= 0 ? '+' : ''}${(t.margin * 100).toFixed(0)}%`;
    return [t.name, value, limit, verdict, margin];
  });
  return ['### Targets', '', table(['target', 'measured', 'limit', '', 'margin'], rows)];
}

/** The whole report as Markdown. */
export function formatReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `## Benchmark ${r.date} (${Math.round(r.runSeconds)} s)`,
    '',
    `Commit ${r.git.commit}${r.git.changedFiles ? ` plus ${r.git.changedFiles} uncommitted file(s) outside bench/` : ''}.`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB · ${m.os} · Node ${m.node} · Redis ${m.redis} · ` +
      `Chromium ${m.chromium} · load average ${m.loadAverage.before} before, ${m.loadAverage.after} after`,
    '',
    ...targetsSection(r),
    '',
    ...apiSection(r),
    '',
    ...cryptoSection(r),
    '',
    ...pagesSection(r),
    '',
    ...revealSection(r),
    '',
    ...largeFileSection(r),
    '',
    ...memorySection(r),
    '',
  ].join('\n');
}
