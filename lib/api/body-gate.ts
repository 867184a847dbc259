import 'server-only';

/*
 * Counts the request bodies being received, overall and per client address
 * (security review F-05). A body holds up to its cap in memory (1.4 MB for a
 * create) for as long as its sender takes to send it, so without a bound a
 * few hundred stalled uploads hold hundreds of MiB. Past a bound the next
 * body is refused before any byte of it is read. Invariant: every enter()
 * that admits is matched by exactly one leave() for the same client.
 */

export type BodyLimits = {
  /** Bodies received at once, over every client. */
  readonly maxInFlight: number;
  /** Bodies received at once from one client address (the rate limiter's bucket). */
  readonly maxPerClient: number;
};

/** Which bound a refused body met: the client's own, or the server's. */
export type BodyGateFull = 'client' | 'server';

export class BodyGate {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: BodyLimits) {}

  /**
   * Takes a slot for a body from `client`.
   * @returns null when admitted (then call leave(client) once the body is read or abandoned), else the bound met
   */
  enter(client: string): BodyGateFull | null {
    const held = this.perClient.get(client) ?? 0;
    if (held >= this.limits.maxPerClient) return 'client';
    if (this.total >= this.limits.maxInFlight) return 'server';
    this.total += 1;
    this.perClient.set(client, held + 1);
    return null;
  }

  /** Gives back the slot of a body that enter() admitted. */
  leave(client: string): void {
    const held = this.perClient.get(client);
    if (held === undefined) return;
    this.total -= 1;
    if (held <= 1) this.perClient.delete(client);
    else this.perClient.set(client, held - 1);
  }

  /** Bodies being received now. */
  get inFlight(): number {
    return this.total;
  }
}
