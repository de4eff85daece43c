/**
 * Refusals (refused upgrades, dropped frames, closed floods) written to the log without letting a flood
 * write one line per refusal: the first of each kind (event and reason) in an interval is logged as it
 * happens; the rest are counted and written as one `refusals.repeated` line per kind when the interval ends.
 */
import type { LogFields, Logger } from './log.ts';

interface Repeated {
  event: string;
  reason: string;
  count: number;
  addresses: Set<string>;
}

export class RefusalLog {
  private readonly log: Logger;
  private readonly intervalMs: number;
  private readonly seen = new Map<string, Repeated>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(log: Logger, intervalMs: number) {
    this.log = log;
    this.intervalMs = intervalMs;
  }

  /** Log `event` (first of its kind this interval) or count it (the rest). */
  refuse(event: string, fields: LogFields = {}): void {
    const reason = typeof fields.reason === 'string' ? fields.reason : '';
    const key = `${event}\u0000${reason}`;
    const repeated = this.seen.get(key);
    if (repeated === undefined) {
      this.seen.set(key, { event, reason, count: 0, addresses: new Set() });
      this.log(event, fields);
      this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
      this.timer.unref();
      return;
    }
    repeated.count += 1;
    if (typeof fields.address === 'string' && repeated.addresses.size < 10) repeated.addresses.add(fields.address);
  }

  /** Write the counted repeats and start a new interval. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const { event, reason, count, addresses } of this.seen.values()) {
      if (count > 0) this.log('refusals.repeated', { refused: event, reason, count, addresses: [...addresses].join(' ') });
    }
    this.seen.clear();
  }
}
