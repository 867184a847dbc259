/*
 * A strict parser of the Prometheus text exposition format 0.0.4, written
 * from the format's description and independent of prom-client: it throws on
 * any line it does not understand, so a scrape that parses here is well
 * formed. It checks metric and label names, label value escapes, sample
 * values, that `# TYPE` comes before a family's samples and at most once, that
 * every sample belongs to the declared family (histograms: _bucket, _sum,
 * _count), no duplicate series, and for histograms that the buckets are
 * cumulative and end at le="+Inf" with the same value as _count.
 */

export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Family = { name: string; type: string; help: string | null; samples: Sample[] };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/** A float as Prometheus reads it (Go's strconv.ParseFloat: NaN and Inf in any case, e.g. prom-client's `Nan`). */
function parseValue(text: string, line: string): number {
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(text);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`prom-text: bad value in: ${line}`);
  return Number(text);
}

/** Reads `{a="x",b="y"}` from `text` at `start` (the `{`); returns the labels and the index after `}`. */
function parseLabels(text: string, start: number, line: string): [Record<string, string>, number] {
  const labels: Record<string, string> = {};
  let i = start + 1;
  const fail = (why: string): never => {
    throw new Error(`prom-text: ${why} in: ${line}`);
  };
  while (text[i] !== '}') {
    const nameMatch = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(text.slice(i));
    if (!nameMatch) fail('bad label name');
    const name = nameMatch![0];
    if (!LABEL_NAME.test(name)) fail('bad label name');
    if (name in labels) fail(`duplicate label ${name}`);
    i += name.length;
    if (text[i] !== '=' || text[i + 1] !== '"') fail('expected ="');
    i += 2;
    let value = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated label value');
      if (c === '"') break;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else fail('bad escape');
        i += 2;
      } else {
        if (c === '\n') fail('raw newline in label value');
        value += c;
        i += 1;
      }
    }
    labels[name] = value;
    i += 1; // the closing quote
    if (text[i] === ',') i += 1;
    else if (text[i] !== '}') fail('expected , or }');
  }
  return [labels, i + 1];
}

function familyOf(sampleName: string, families: Map<string, Family>): Family | undefined {
  const exact = families.get(sampleName);
  if (exact) return exact;
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (!sampleName.endsWith(suffix)) continue;
    const family = families.get(sampleName.slice(0, -suffix.length));
    if (family && (family.type === 'histogram' || family.type === 'summary')) {
      if (suffix === '_bucket' && family.type !== 'histogram') return undefined;
      return family;
    }
  }
  return undefined;
}

/** Parses a whole exposition. @throws Error naming the first line that breaks the format */
export function parsePrometheusText(text: string): Map<string, Family> {
  if (!text.endsWith('\n')) throw new Error('prom-text: the exposition must end with a newline');
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (!meta) {
        if (/^# (HELP|TYPE)\b/.test(line)) throw new Error(`prom-text: bad ${line}`);
        continue; // a comment
      }
      const [, kind, name, rest] = meta as unknown as [string, string, string, string];
      if (!METRIC_NAME.test(name)) throw new Error(`prom-text: bad metric name in: ${line}`);
      const family = families.get(name) ?? { name, type: 'untyped', help: null, samples: [] };
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`prom-text: unknown type in: ${line}`);
        if (families.has(name) && (family.samples.length > 0 || family.type !== 'untyped')) {
          throw new Error(`prom-text: TYPE after samples or twice for ${name}`);
        }
        family.type = rest;
      } else {
        if (family.help !== null) throw new Error(`prom-text: HELP twice for ${name}`);
        family.help = rest;
      }
      families.set(name, family);
      continue;
    }
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line);
    if (!nameMatch) throw new Error(`prom-text: bad sample line: ${line}`);
    const name = nameMatch[0];
    let labels: Record<string, string> = {};
    let i = name.length;
    if (line[i] === '{') [labels, i] = parseLabels(line, i, line);
    if (line[i] !== ' ') throw new Error(`prom-text: expected a space before the value in: ${line}`);
    const parts = line.slice(i + 1).split(' ');
    if (parts.length > 2 || (parts[1] !== undefined && !/^-?\d+$/.test(parts[1]))) {
      throw new Error(`prom-text: bad value or timestamp in: ${line}`);
    }
    const value = parseValue(parts[0]!, line);
    const family = familyOf(name, families);
    if (!family) throw new Error(`prom-text: sample ${name} has no TYPE`);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`prom-text: duplicate series in: ${line}`);
    seen.add(key);
    family.samples.push({ name, labels, value });
  }
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family);
  return families;
}

function checkHistogram(family: Family): void {
  const groups = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const s of family.samples) {
    const { le, ...rest } = s.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const group = groups.get(key) ?? { buckets: [] };
    groups.set(key, group);
    if (s.name.endsWith('_bucket')) {
      if (le === undefined) throw new Error(`prom-text: ${family.name} bucket without le`);
      group.buckets.push([parseValue(le, le), s.value]);
    } else if (s.name.endsWith('_count')) group.count = s.value;
  }
  for (const [key, group] of groups) {
    const sorted = [...group.buckets].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i += 1) {
      if (sorted[i]![1] < sorted[i - 1]![1]) throw new Error(`prom-text: ${family.name}${key} buckets not cumulative`);
    }
    const last = sorted.at(-1);
    if (!last || last[0] !== Infinity) throw new Error(`prom-text: ${family.name}${key} has no +Inf bucket`);
    if (last[1] !== group.count) throw new Error(`prom-text: ${family.name}${key} +Inf bucket differs from _count`);
  }
}

/** The value of one series, or undefined. */
export function sampleValue(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const family of families.values()) {
    for (const s of family.samples) {
      if (s.name !== name) continue;
      if (Object.entries(labels).every(([k, v]) => s.labels[k] === v)) return s.value;
    }
  }
  return undefined;
}

/** Every sample name in an exposition (e.g. `x_bucket`, `x_sum`, `x_count` for histogram `x`). */
export function sampleNames(families: Map<string, Family>): Set<string> {
  return new Set([...families.values()].flatMap((f) => f.samples.map((s) => s.name)));
}
