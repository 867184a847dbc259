import type { CaseResults } from './api/suite';
import type { PageWeight } from './browser/page-weight';
import type { RevealTiming } from './browser/time-to-reveal';
import type { CryptoReport } from './crypto/measure';
import type { LargeFileFigure } from './browser/large-file';
import type { FileMemoryFigure, MemoryFigure } from './redis-memory';

/** The shape of bench/results/<date>.json. */
export type BenchResults = {
  date: string;
  runSeconds: number;
  /** The commit measured, and how many files outside bench/ differed from it (uncommitted work in the build). */
  git: { commit: string; changedFiles: number };
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    redis: string;
    chromium: string;
    /** 1-minute load average before and after the run: other work on a shared machine. */
    loadAverage: { before: number; after: number };
  };
  settings: { seconds: number; warmupSeconds: number; rounds: number; paddedBytes: number; concurrencies: number[] };
  api?: {
    /** What each server is. */
    servers: Record<string, string>;
    /** By server, case and concurrency (`c1`, `c50`). */
    results: Record<string, CaseResults>;
    /** req/s of each server ÷ the baseline's, same case and concurrency. */
    ratios: Record<string, Record<string, Record<string, number>>>;
    /**
     * req/s of each server ÷ `baseline-rl`'s (the same Redis work as the app: the rate-limit
     * script, then the operation), for the cases and concurrencies that baseline ran.
     */
    sameWorkRatios?: Record<string, Record<string, Record<string, number>>>;
  };
  crypto?: { node: CryptoReport & { nativeScryptMedianMs: number }; chromium?: CryptoReport };
  pages?: {
    pages: PageWeight[];
    floor: PageWeight;
    sFirstLoadJsGzipAboveFloor: number;
    /** Every script /s downloads until the network is idle, gzip: what a recipient's phone loads before Reveal works. */
    sJsGzipUntilIdle?: number;
  };
  reveal?: { runs: RevealTiming[]; median: RevealTiming };
  redisMemory?: MemoryFigure[];
  redisFileMemory?: FileMemoryFigure[];
  largeFile?: LargeFileFigure;
  targets: TargetCheck[];
};

export type TargetCheck = {
  name: string;
  value: number | null;
  limit: number;
  /** `min`: value must be at least limit; `max`: at most it, or under it when `strict`. */
  kind: 'min' | 'max';
  strict: boolean;
  unit: string;
  pass: boolean | null;
  /** How far from the limit, as a signed fraction of it (positive: room to spare). */
  margin: number | null;
};
