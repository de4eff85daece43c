/**
 * Token guessing backs off per address: after a few unknown tokens, an address must wait before its next
 * check or upgrade is even looked at, the wait doubling with every further failure (up to a cap). An address
 * quiet for the forget interval starts afresh; the table is bounded (its oldest entry goes first).
 */
const MAX_WAIT_MS = 10 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
const MAX_ADDRESSES = 10_000;

interface Record {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

export class GuessingBackoff {
  private readonly records = new Map<string, Record>();
  private readonly freeFailures: number;
  private readonly now: () => number;

  constructor(freeFailures: number, now: () => number = () => Date.now()) {
    this.freeFailures = freeFailures;
    this.now = now;
  }

  /** Milliseconds `address` must still wait (0: go ahead). */
  waitMs(address: string): number {
    const record = this.records.get(address);
    if (record === undefined) return 0;
    const now = this.now();
    if (now - record.lastFailure > FORGET_AFTER_MS) {
      this.records.delete(address);
      return 0;
    }
    return Math.max(0, record.blockedUntil - now);
  }

  /** `address` presented a token the server does not know. */
  fail(address: string): void {
    const now = this.now();
    const record = this.records.get(address) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
    this.records.delete(address); // re-inserted last: the map stays ordered by last failure
    record.failures += 1;
    record.lastFailure = now;
    const over = record.failures - this.freeFailures;
    if (over > 0) record.blockedUntil = now + Math.min(MAX_WAIT_MS, 1000 * 2 ** Math.min(over - 1, 20));
    this.records.set(address, record);
    if (this.records.size > MAX_ADDRESSES) {
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
  }
}
