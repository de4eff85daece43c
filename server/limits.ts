/**
 * The server's limits — what one connection may cost it — and the per-connection rate limiter (a token
 * bucket: `burst` messages at once, refilled at `messagesPerSecond`). The defaults leave a fast typist,
 * a 1,000-change offline merge and presence updates far below every limit.
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
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 64 * 1024 * 1024,
  connectionsPerToken: 8,
  messagesPerSecond: 200,
  burst: 2000,
  maxBufferedBytes: 64 * 1024 * 1024,
  pingIntervalMs: 30_000,
};

export class RateLimiter {
  private tokens: number;
  private last: number;
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(perSecond: number, burst: number, now: () => number = () => performance.now()) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.now = now;
    this.last = now();
  }

  /** Take one message's worth; false when the connection is over its limit. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
