/**
 * The live connection of one workspace to its sync server: y-websocket's WebsocketProvider with the
 * invitation's token (as a subprotocol: never in a URL), a check of the invitation first (a refused WebSocket looks like a network error to a
 * browser), the count of local changes the server has not confirmed, and presence (who is here, in which
 * colour) over y-websocket's awareness. Offline is normal: the provider retries with backoff, and
 * everything typed meanwhile is kept locally and merged on reconnect.
 */
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { providerArguments, type Invitation } from '../../src/sync/join-link.ts';
import { PRESENCE_FIELD, type PresenceUser } from '../../src/sync/presence.ts';
import { attachToProvider, trackPendingChanges } from '../../src/sync/pending-changes.ts';
import { checkInvitation, closeRefusal, type Role, type SyncRefusal } from '../../src/sync/token-check.ts';

export type SyncState =
  | { kind: 'checking' }
  | { kind: 'connecting'; role?: Role }
  | { kind: 'online'; role: Role; pending: number }
  | { kind: 'offline'; role?: Role; pending: number }
  | { kind: 'refused'; refusal: SyncRefusal };

/** POST a JSON body (the token check: the token goes in the body, never in the URL). */
async function postJson(url: string, payload: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', cache: 'no-store', body: JSON.stringify(payload) });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

export class SyncConnection {
  private state: SyncState = { kind: 'checking' };
  private readonly listeners = new Set<(state: SyncState) => void>();
  private provider: WebsocketProvider | null = null;
  private role: Role | undefined;
  /** The organization the invitation speaks for, once the server has said. */
  orgShort = '';
  private readonly stops: Array<() => void> = [];
  private destroyed = false;
  private readonly doc: Y.Doc;
  private readonly awareness: Awareness;
  readonly invitation: Invitation;

  constructor(doc: Y.Doc, invitation: Invitation, awareness: Awareness) {
    this.doc = doc;
    this.invitation = invitation;
    this.awareness = awareness;
  }

  get current(): SyncState {
    return this.state;
  }

  onChange(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: SyncState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Check the invitation, then connect (or stay offline and keep trying when the server cannot be reached). */
  async start(user: PresenceUser): Promise<void> {
    const check = await checkInvitation(this.invitation, postJson);
    if (this.destroyed) return;
    if (check.kind === 'refused') return this.set({ kind: 'refused', refusal: check.reason });
    if (check.kind === 'admitted') {
      this.role = check.role;
      this.orgShort = check.org;
    }
    this.awareness.setLocalStateField(PRESENCE_FIELD, user);
    const { serverUrl, room, protocols } = providerArguments(this.invitation);
    const provider = new WebsocketProvider(serverUrl, room, this.doc, { protocols, awareness: this.awareness, maxBackoffTime: 10_000 });
    this.provider = provider;
    const pending = trackPendingChanges(this.doc, (origin) => origin === provider);
    this.stops.push(attachToProvider(provider, pending), () => pending.destroy());
    const update = (): void => {
      if (this.state.kind === 'refused') return;
      const role = this.role;
      if (provider.wsconnected && provider.synced && role) this.set({ kind: 'online', role, pending: pending.count });
      else if (provider.wsconnected || provider.wsconnecting) this.set(role ? { kind: 'connecting', role } : { kind: 'connecting' });
      else this.set({ kind: 'offline', ...(role ? { role } : {}), pending: pending.count });
    };
    provider.on('status', update);
    provider.on('sync', (synced: boolean) => {
      // The server admitted us, so an offline check's unknown role is now known to be at least readable.
      if (synced && this.role === undefined) {
        void checkInvitation(this.invitation, postJson).then((c) => {
          if (c.kind !== 'admitted') return;
          this.role = c.role;
          this.orgShort = c.org;
          update();
        });
      }
      update();
    });
    provider.on('closed', (event: { code: number }) => {
      const refusal = closeRefusal(event.code);
      if (refusal) this.set({ kind: 'refused', refusal });
    });
    this.stops.push(pending.onChange(() => update()));
    // When the computer says it lost the network, stop at once rather than wait for the socket to time out;
    // when it is back, reconnect at once rather than wait for the next retry.
    const goOffline = (): void => provider.disconnect();
    const goOnline = (): void => {
      if (this.state.kind !== 'refused') void provider.connect();
    };
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    this.stops.push(() => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
    });
    if (!navigator.onLine) goOffline();
    update();
  }

  destroy(): void {
    this.destroyed = true;
    for (const stop of this.stops.splice(0)) stop();
    this.provider?.destroy();
    this.provider = null;
    this.awareness.setLocalState(null);
  }
}
