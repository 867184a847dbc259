// Bundled by bench/crypto/chromium.ts (esbuild) and loaded into a blank page: lib/crypto and
// the crypto timings, exactly as the Node run uses them.
import { runCryptoBench } from './measure';

(globalThis as unknown as { handoffBench: { runCryptoBench: typeof runCryptoBench } }).handoffBench = {
  runCryptoBench,
};
