import 'server-only';

/** One secret's file parts and the leases granted on them. */
export type MemoryFiles = {
  parts: Map<number, Uint8Array>;
  /** Lease verifier → lease expiry (ms). */
  leases: Map<string, number>;
  expiresAtMs: number;
  bytes: number;
};

/**
 * The parts and leases of the embedded store, kept apart from the secrets
 * because they may outlive them: after the last view, until the latest
 * lease ends. Expired entries are dropped on sight, as secrets are.
 */
export class MemoryFileParts {
  private readonly byId = new Map<string, MemoryFiles>();
  /** Bytes of every stored part; they count towards the store's budget. */
  bytes = 0;

  constructor(private readonly now: () => number) {}

  /** Starts an empty set of parts for a new secret, replacing any left over. */
  open(id: string, expiresAtMs: number): void {
    this.drop(id);
    this.byId.set(id, { parts: new Map(), leases: new Map(), expiresAtMs, bytes: 0 });
  }

  /** The parts of `id` unless they have expired. */
  live(id: string): MemoryFiles | undefined {
    const files = this.byId.get(id);
    if (files && files.expiresAtMs <= this.now()) {
      this.drop(id);
      return undefined;
    }
    return files;
  }

  /** Stores a copy of `bytes` as part `index`, replacing the one there. */
  put(files: MemoryFiles, index: number, bytes: Uint8Array): void {
    const growth = bytes.byteLength - (files.parts.get(index)?.byteLength ?? 0);
    files.parts.set(index, Uint8Array.from(bytes));
    files.bytes += growth;
    this.bytes += growth;
  }

  drop(id: string): void {
    const files = this.byId.get(id);
    if (files && this.byId.delete(id)) this.bytes -= files.bytes;
  }

  sweep(): void {
    for (const [id] of this.byId) this.live(id);
  }

  clear(): void {
    this.byId.clear();
    this.bytes = 0;
  }
}
