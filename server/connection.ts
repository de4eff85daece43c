/**
 * One client's WebSocket, admitted with an invitation: it holds frames until its room is loaded, feeds
 * them to the room, enforces the per-connection limits (rate, malformed frames, a client that stops
 * reading, keepalive) and its invitation's byte budget (over it, the socket is not read until the budget
 * refills: a flood slows its sender, nobody else), and logs what it refuses. A problem with one connection
 * closes that connection only.
 */
import type { WebSocket } from 'ws';
import type { Invitation } from './invitations.ts';
import { TokenBucket, type Limits } from './limits.ts';
import type { Logger } from './log.ts';
import { Refused, type Peer } from './peer.ts';
import type { RefusalLog } from './refusal-log.ts';
import { MalformedFrame, type Room } from './room.ts';
import { CLOSE_RATE_LIMITED } from '../src/sync/token-check.ts';

export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_BAD_DATA = 1007;
export const CLOSE_SERVER_ERROR = 1011;
export const CLOSE_TRY_LATER = 1013;

/**
 * Frames kept unhandled: while the room loads (a client sends two or three meanwhile) or while the
 * invitation is over its byte budget (the socket is paused, so only what was already read waits).
 */
const MAX_HELD_FRAMES = 100;

let counter = 0;

export class Connection implements Peer {
  readonly id = `c${++counter}`;
  readonly invitation: Invitation;
  readonly room: string;
  readonly canWrite: boolean;
  private readonly ws: WebSocket;
  private readonly limits: Limits;
  private readonly log: Logger;
  private readonly limiter: TokenBucket;
  private readonly budget: TokenBucket;
  private readonly refusals: RefusalLog;
  private paused = false;
  private attached: Room | null = null;
  private held: Uint8Array[] = [];
  private closed = false;
  private alive = true;
  private readonly ping: ReturnType<typeof setInterval>;
  private droppedWrites = 0;
  /** Resolves when the socket has closed and the connection has left its room. */
  readonly finished: Promise<void>;

  constructor(
    ws: WebSocket,
    invitation: Invitation,
    room: string,
    limits: Limits,
    log: Logger,
    shared: { budget: TokenBucket; refusals: RefusalLog },
    onClose: (connection: Connection) => void,
  ) {
    this.ws = ws;
    this.budget = shared.budget;
    this.refusals = shared.refusals;
    this.invitation = invitation;
    this.room = room;
    this.canWrite = invitation.role !== 'observer';
    this.limits = limits;
    this.log = log;
    this.limiter = new TokenBucket(limits.messagesPerSecond, limits.burst);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('pong', () => (this.alive = true));
    ws.on('error', (error) => this.log('connection.error', { connection: this.id, error: error.message }));
    let finish: () => void = () => undefined;
    this.finished = new Promise((resolve) => (finish = resolve));
    ws.on('close', (code) => {
      this.closed = true;
      clearInterval(this.ping);
      this.attached?.leave(this);
      this.log('connection.closed', { connection: this.id, room, invitation: invitation.id, code, droppedWrites: this.droppedWrites });
      onClose(this);
      finish();
    });
    this.ping = setInterval(() => {
      if (this.paused) return; // its pong waits, unread, behind the frames over budget
      if (!this.alive) return this.close(CLOSE_GOING_AWAY, 'no pong');
      this.alive = false;
      ws.ping();
    }, limits.pingIntervalMs);
    this.ping.unref();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get owner(): string {
    return this.invitation.id;
  }

  /** The room is loaded: greet and process what arrived meanwhile. */
  attach(room: Room): void {
    if (this.closed) return;
    this.attached = room;
    room.join(this);
    this.drain();
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.refusals.refuse('connection.slow-consumer', { connection: this.id, buffered: this.ws.bufferedAmount });
      this.close(CLOSE_TRY_LATER, 'not reading');
      return;
    }
    this.ws.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.ping);
    if (this.paused) this.ws.resume(); // read on to the closing handshake (frames read now are dropped)
    this.ws.close(code, reason);
    // A peer that never answers the closing handshake is cut off.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  private onMessage(data: unknown, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary || !(data instanceof Buffer)) {
      this.refusals.refuse('frame.malformed', { connection: this.id, invitation: this.invitation.id, error: 'text or fragmented frame' });
      return this.close(CLOSE_BAD_DATA, 'binary y-websocket frames only');
    }
    if (!this.limiter.take()) {
      this.refusals.refuse('connection.rate-limited', { connection: this.id, invitation: this.invitation.id });
      return this.close(CLOSE_RATE_LIMITED, 'too many messages');
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.held.length >= MAX_HELD_FRAMES) return this.close(CLOSE_TRY_LATER, this.attached === null ? 'workspace still loading' : 'over the byte budget');
    this.held.push(frame);
    this.drain();
  }

  /**
   * Handle the held frames while the room is loaded and the invitation's byte budget is not in debt; in
   * debt, stop reading until it is paid back. So what one invitation gets handled stays within its budget
   * plus one frame per connection.
   */
  private drain(): void {
    while (this.attached !== null && !this.paused && !this.closed) {
      const frame = this.held.shift();
      if (frame === undefined) return;
      this.handle(frame);
      this.throttle(this.budget.spend(frame.byteLength));
    }
  }

  /** Stop reading and handling for `ms` (the invitation is over its byte budget), then go on if the budget allows. */
  private throttle(ms: number): void {
    if (ms <= 0 || this.paused || this.closed) return;
    this.paused = true;
    this.ws.pause();
    setTimeout(() => {
      if (this.closed) return;
      this.paused = false;
      const more = this.budget.waitMs;
      if (more > 0) return this.throttle(more);
      this.alive = true;
      this.ws.resume();
      this.drain();
    }, ms).unref();
  }

  private handle(frame: Uint8Array): void {
    const room = this.attached;
    if (room === null || this.closed) return;
    try {
      const received = room.receive(this, frame);
      if (received === 'dropped-write') {
        this.droppedWrites += 1;
        this.refusals.refuse('observer.write-dropped', { connection: this.id, room: this.room, invitation: this.invitation.id, org: this.invitation.org, bytes: frame.byteLength });
      } else if (typeof received === 'object') {
        this.refusals.refuse('update.refused', {
          connection: this.id,
          room: this.room,
          invitation: this.invitation.id,
          org: this.invitation.org,
          reason: received.refused,
          bytes: frame.byteLength,
        });
      }
    } catch (error) {
      if (error instanceof Refused) {
        this.refusals.refuse('frame.refused', { connection: this.id, room: this.room, invitation: this.invitation.id, reason: error.reason, detail: error.message });
        return this.close(error.code, error.reason);
      }
      if (!(error instanceof MalformedFrame)) throw error;
      this.refusals.refuse('frame.malformed', { connection: this.id, invitation: this.invitation.id, error: error.message.slice(0, 200) });
      this.close(CLOSE_BAD_DATA, 'malformed frame');
    }
  }
}
