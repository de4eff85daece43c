/**
 * Sockets that have not yet sent their whole request head (before any token is checked), capped so that
 * half-sent requests (slowloris) cannot use up the server's file descriptors: past the cap of one address,
 * that address's oldest is dropped; past the total cap, the oldest of the address holding the most. A
 * newcomer from another address is therefore always let in. One still pending after `headersTimeoutMs`
 * is dropped too.
 */
import type { Socket } from 'node:net';

export interface PendingLimits {
  maxPendingSockets: number;
  maxPendingSocketsPerAddress: number;
  headersTimeoutMs: number;
}

export class PendingSockets {
  /** Per address, its pending sockets oldest first (a Set keeps insertion order). */
  private readonly byAddress = new Map<string, Set<Socket>>();
  private total = 0;
  private readonly limits: PendingLimits;
  private readonly onDrop: (address: string, reason: string) => void;

  constructor(limits: PendingLimits, onDrop: (address: string, reason: string) => void) {
    this.limits = limits;
    this.onDrop = onDrop;
  }

  get count(): number {
    return this.total;
  }

  /** A new connection: count it until `done` (or its close), dropping the oldest over a cap. */
  add(socket: Socket): void {
    const address = socket.remoteAddress ?? '';
    const sockets = this.byAddress.get(address) ?? new Set<Socket>();
    this.byAddress.set(address, sockets);
    sockets.add(socket);
    this.total += 1;
    const timer = setTimeout(() => {
      if (!sockets.has(socket)) return;
      this.done(socket);
      socket.destroy();
      this.onDrop(address, 'request-head-timeout');
    }, this.limits.headersTimeoutMs);
    timer.unref();
    socket.once('close', () => {
      clearTimeout(timer);
      this.done(socket);
    });
    if (sockets.size > this.limits.maxPendingSocketsPerAddress) return this.dropOldest(address, 'too-many-pending-from-address');
    if (this.total > this.limits.maxPendingSockets) {
      let busiest = address;
      for (const [other, set] of this.byAddress) if (set.size > (this.byAddress.get(busiest)?.size ?? 0)) busiest = other;
      this.dropOldest(busiest, 'too-many-pending');
    }
  }

  /** The socket's request head has arrived (or it closed): it no longer counts. */
  done(socket: Socket): void {
    const address = socket.remoteAddress ?? '';
    const sockets = this.byAddress.get(address);
    if (sockets === undefined || !sockets.delete(socket)) return;
    this.total -= 1;
    if (sockets.size === 0) this.byAddress.delete(address);
  }

  private dropOldest(address: string, reason: string): void {
    const sockets = this.byAddress.get(address);
    const oldest = sockets?.values().next().value;
    if (oldest === undefined) return;
    this.done(oldest);
    oldest.destroy();
    this.onDrop(address, reason);
  }
}
