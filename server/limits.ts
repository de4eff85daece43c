/**
 * The server's limits — what one connection, one invitation, one room and one address may cost it — and
 * the token bucket that enforces the rates: messages per connection (over the burst, the connection is
 * closed) and bytes per invitation (over it, that invitation's connections are simply not read until the
 * budget refills, so a flood slows down its sender only). The defaults leave a
 * fast typist, a 1,000-change offline merge, a large first upload and presence updates below every limit.
 */
export interface Limits {
  /**
   * Largest frame accepted; a bigger one closes that connection (WebSocket code 1009). A client's first
   * sync sends its whole workspace in one frame, imported sources included, hence the generous default.
   */
  maxMessageBytes: number;
  /** Open connections one invitation may hold at once; more are refused with HTTP 429. */
  connectionsPerToken: number;
  /** Sustained messages per second per connection… */
  messagesPerSecond: number;
  /** …and how many may come at once; beyond that the connection is closed (code 4529, retry later). */
  burst: number;
  /** Bytes queued for a client that does not read; beyond that it is closed (code 1013, retry later). */
  maxBufferedBytes: number;
  /** Interval of WebSocket pings; a client that missed the previous pong is closed. */
  pingIntervalMs: number;
  /** Bytes per second all connections of one invitation may send together, sustained… */
  bytesPerSecondPerToken: number;
  /** …and at once (a first upload of a large workspace). */
  bytesBurstPerToken: number;
  /**
   * Bytes of updates a room accepts (its stored state at load plus every update since): beyond it a write
   * is refused (code 4414). It bounds both the document and its store, which only ever holds accepted bytes.
   */
  maxRoomBytes: number;
  /** Largest presence (awareness) state one client may set; beyond it the connection is closed (4413). */
  maxPresenceBytes: number;
  /** Presence (awareness) client ids one connection may own. */
  presenceIdsPerConnection: number;
  /** "Query awareness" frames of one connection are answered at most once per this interval (coalesced). */
  presenceQueryIntervalMs: number;
  /** Sockets not yet past their request headers, in total (the oldest of the busiest address is dropped)… */
  maxPendingSockets: number;
  /** …and per address (that address's oldest is dropped). */
  maxPendingSocketsPerAddress: number;
  /** Time a socket has to send its request headers, and its whole request. */
  headersTimeoutMs: number;
  /** Failed token checks one address may make before it must wait (doubling with every further failure). */
  failedChecksBeforeBackoff: number;
  /** Interval at which repeated refusals are written to the log as one line per kind. */
  refusalLogIntervalMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 64 * 1024 * 1024,
  connectionsPerToken: 8,
  messagesPerSecond: 200,
  burst: 2000,
  maxBufferedBytes: 64 * 1024 * 1024,
  pingIntervalMs: 30_000,
  bytesPerSecondPerToken: 4 * 1024 * 1024,
  bytesBurstPerToken: 32 * 1024 * 1024,
  maxRoomBytes: 512 * 1024 * 1024,
  maxPresenceBytes: 16 * 1024,
  presenceIdsPerConnection: 4,
  presenceQueryIntervalMs: 1000,
  maxPendingSockets: 512,
  maxPendingSocketsPerAddress: 32,
  headersTimeoutMs: 5000,
  failedChecksBeforeBackoff: 10,
  refusalLogIntervalMs: 10_000,
};

/**
 * A token bucket: `burst` units at once, refilled at `perSecond`. Messages per connection use `take` (none
 * left: refused, and the connection is closed); bytes per invitation use `spend` (always accepted — a frame
 * already read cannot be refused without closing — and the answer is how long to stop reading, so the debt a
 * burst leaves is paid back at the sustained rate).
 */
export class TokenBucket {
  private balance: number;
  private last: number;
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(perSecond: number, burst: number, now: () => number = () => performance.now()) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.balance = burst;
    this.now = now;
    this.last = now();
  }

  /** Take `amount` if the bucket holds it; false (taking nothing) when it does not. */
  take(amount = 1): boolean {
    this.refill();
    if (this.balance < amount) return false;
    this.balance -= amount;
    return true;
  }

  /** Spend `amount`, going into debt if need be; the milliseconds until the bucket is no longer in debt. */
  spend(amount: number): number {
    this.refill();
    this.balance -= amount;
    return this.waitMs;
  }

  /** Milliseconds until the bucket is no longer in debt (0: not in debt). */
  get waitMs(): number {
    this.refill();
    return this.balance >= 0 ? 0 : Math.ceil((-this.balance / this.perSecond) * 1000);
  }

  private refill(): void {
    const now = this.now();
    this.balance = Math.min(this.burst, this.balance + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}

function isLimitName(name: string): name is keyof Limits {
  return Object.hasOwn(DEFAULT_LIMITS, name);
}

/** Limits from an operator's JSON file (`concord serve --limits FILE`): known names, positive numbers; throws a message otherwise. */
export function parseLimits(data: unknown): Partial<Limits> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('the limits file must hold one JSON object, e.g. {"maxRoomBytes": 1073741824}');
  const limits: Partial<Limits> = {};
  for (const [name, value] of Object.entries(data)) {
    if (!isLimitName(name)) throw new Error(`"${name}" is not a limit; known: ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`the limit "${name}" must be a positive number`);
    limits[name] = value;
  }
  return limits;
}
