import 'server-only';
import type { Transporter } from 'nodemailer';
import type { NotifyConfig } from '../config';
import type { EventType } from '../observability/event-types';
import type { NotificationChannel, NotificationOutcome } from '../observability/metrics';
import type { NotifyEvent, NotifySettlement, SecretStore } from '../store';
import type { Resolver } from './addresses';
import { decodeDestination, webhookHostFor, type Destination } from './destination';
import { addressDigest, sendEmail, smtpTransport } from './email';
import { notifyMessage, webhookRequest, type NotifyMessage } from './message';
import { postOutbound, type PostOutcome } from './outbound';

/*
 * The delivery worker, inside the app process and off the request path. The
 * store's outbox is the durable record (lib/store/notify-types.ts); this only
 * reads it: on a nudge after an event in this process (kick), and on a sweep
 * of the whole watch index every `sweepMs`, which also finds events written
 * by other instances, events a crashed process had leased, retries that are
 * due, and deadlines that passed (the `expired` event). Two instances may
 * sweep together: each event is leased to one at a time, and every delivery
 * of it carries the same event id.
 * Attempts are bounded; backoff doubles from retryBaseMs up to an hour; an
 * event that is refused, or out of attempts, is dead-lettered: kept in the
 * outbox (until the receipt expires), counted, and logged without destination.
 */

export type NotifierLog = { info(message: string): void; warn(message: string): void; error(message: string): void };

export type NotifierDeps = {
  store: SecretStore;
  config: NotifyConfig;
  log: NotifierLog;
  record: (channel: NotificationChannel, outcome: NotificationOutcome) => void;
  setQueueDepth: (depth: number) => void;
  resolve?: Resolver;
  onConnect?: (address: string) => void;
  now?: () => number;
};

const MAX_BACKOFF_MS = 3_600_000;
const EMAIL_WINDOW_MS = 3_600_000;
/** Events that can have written an outbox entry: worth a look at once. */
const NUDGES: ReadonlySet<EventType> = new Set(['revealed', 'revoked', 'locked']);

export class Notifier {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private transport: Transporter | null = null;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly deps: NotifierDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Starts sweeping: at once (a restart delivers what was left), then every sweepMs. */
  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      void this.sweep().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.deps.config.sweepMs).unref();
      });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.sweeping;
    this.transport?.close();
  }

  /** The event subscriber (lib/observability/events.ts): schedules a look, never waits. */
  readonly onEvent = (type: EventType, secretId: string): void => {
    if (this.stopped || !NUDGES.has(type)) return;
    setImmediate(() => void this.process(secretId, false).catch(() => undefined));
  };

  /** One pass over every watched id. Never rejects. */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    try {
      let depth = 0;
      for (const id of await this.deps.store.watchedNotifications()) {
        if (this.stopped) return;
        depth += await this.process(id, true).catch(() => 0);
      }
      this.deps.setQueueDepth(depth);
    } catch {
      this.deps.log.warn('notify: sweep failed; will try again');
    }
  }

  /** Takes and delivers the due events of one id; returns how many still wait. */
  private async process(id: string, watched: boolean): Promise<number> {
    const { store, config } = this.deps;
    const batch = await store.takeNotifications(id, config.leaseMs);
    if (!batch) {
      if (watched) await store.unwatchNotifications(id);
      return 0;
    }
    const destination = decodeDestination(batch.destination);
    let settledNow = 0;
    for (const event of batch.events) {
      const settlement = await this.deliver(id, batch.reference, destination, event);
      await store.settleNotification(id, event.seq, settlement);
      if (settlement.kind !== 'retry') settledNow += 1;
    }
    const pending = batch.pending - settledNow;
    if (watched && batch.final && pending === 0) await store.unwatchNotifications(id);
    return pending;
  }

  private async deliver(
    id: string,
    reference: string,
    destination: Destination | null,
    event: NotifyEvent,
  ): Promise<NotifySettlement> {
    const { config } = this.deps;
    const message = notifyMessage(id, reference, event, config.publicUrl);
    if (!destination) return this.dead('json', 'undecodable destination');
    if (destination.kind === 'email') return this.deliverEmail(destination.address, message, event);
    const url = new URL(destination.url);
    const host = webhookHostFor(config, url);
    if (!host) return this.dead('json', 'host no longer on the allowlist');
    const { body, headers } = webhookRequest(host.format, message, host.secret, this.now());
    const outcome = await postOutbound(url.href, body, headers, {
      timeoutMs: config.timeoutMs,
      responseBytes: config.responseBytes,
      allowHttp: host.allowHttp,
      allowPrivate: host.allowPrivate,
      resolve: this.deps.resolve,
      onConnect: this.deps.onConnect,
    });
    return this.settle(host.format, outcome, event);
  }

  private async deliverEmail(address: string, message: NotifyMessage, event: NotifyEvent): Promise<NotifySettlement> {
    const { config, store } = this.deps;
    if (!config.smtp) return this.dead('email', 'email is off');
    if (!(await store.countEmail(addressDigest(address), config.emailsPerHour, EMAIL_WINDOW_MS))) {
      this.deps.record('email', 'capped');
      this.deps.log.warn('notify: email dropped: the address reached its hourly cap');
      return { kind: 'delivered' };
    }
    this.transport ??= smtpTransport(config.smtp, config.timeoutMs);
    const sent = await sendEmail(this.transport, config.smtp.from, address, message);
    return this.settle('email', sent.kind === 'sent' ? { kind: 'sent', status: 250 } : failed, event);
  }

  private settle(channel: NotificationChannel, outcome: PostOutcome, event: NotifyEvent): NotifySettlement {
    if (outcome.kind === 'sent') {
      this.deps.record(channel, 'sent');
      return { kind: 'delivered' };
    }
    if (outcome.kind === 'refused') return this.dead(channel, `refused (${outcome.reason})`);
    if (event.attempts >= this.deps.config.maxAttempts) {
      return this.dead(channel, `failed ${event.attempts} times (${outcome.reason})`);
    }
    this.deps.record(channel, 'retried');
    const backoff = this.deps.config.retryBaseMs * 2 ** (event.attempts - 1);
    return { kind: 'retry', delayMs: Math.min(MAX_BACKOFF_MS, backoff) * (0.75 + Math.random() * 0.5) };
  }

  /** The dead-letter state: counted, and one log line with the channel and reason, never the destination. */
  private dead(channel: NotificationChannel, reason: string): NotifySettlement {
    this.deps.record(channel, 'dead');
    this.deps.log.error(`notify: delivery dead-lettered (channel ${channel}): ${reason}`);
    return { kind: 'dead' };
  }
}

const failed: PostOutcome = { kind: 'failed', reason: 'network' };
