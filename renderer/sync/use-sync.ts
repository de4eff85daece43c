/**
 * React's handle on a workspace's live connection: connects when the workspace has an invitation (and
 * whenever one is added), reports the connection's state and who else is here, and gives the editor the
 * delegate's name and colour for their cursor.
 */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Invitation } from '../../src/sync/join-link.ts';
import { PRESENCE_FIELD, PresenceRoll, UNKNOWN_COLOUR, type Participant, type PresenceUser } from '../../src/sync/presence.ts';
import { findOrganization } from '../../src/workspace/workspace.ts';
import { presenceName } from './identity.ts';
import { invitationFor, onInvitationChange } from './invitation-store.ts';
import { SyncConnection, type SyncState } from './sync-connection.ts';

export interface SyncView {
  /** null when the workspace is not connected to any server (local only). */
  state: SyncState | null;
  /** Everyone else seen in this meeting, online first. */
  others: Participant[];
  me: PresenceUser | null;
  /** The invitation this workspace is connected with (the chair's manages the others: InvitationsPanel). */
  invitation: Invitation | null;
}

export function useSync(workspace: string, doc: Y.Doc, awareness: Awareness): SyncView {
  const [connection, setConnection] = useState<SyncConnection | null>(null);
  const [state, setState] = useState<SyncState | null>(null);
  const [others, setOthers] = useState<Participant[]>([]);
  const [me, setMe] = useState<PresenceUser | null>(null);

  useEffect(() => {
    let current: SyncConnection | null = null;
    let stopped = false;
    const connect = async (): Promise<void> => {
      current?.destroy();
      current = null;
      setConnection(null);
      setState(null);
      const invitation = await invitationFor(workspace);
      if (stopped || !invitation) return;
      const next = new SyncConnection(doc, invitation, awareness);
      current = next;
      setConnection(next);
      next.onChange(setState);
      setState(next.current);
      await next.start({ name: presenceName(), colour: UNKNOWN_COLOUR, org: '' });
    };
    void connect();
    const stop = onInvitationChange((changed) => changed === workspace && void connect());
    return () => {
      stopped = true;
      stop();
      current?.destroy();
    };
  }, [workspace, doc, awareness]);

  // Once the server says which organization we speak for, show its colour and short name.
  const role = state && 'role' in state ? state.role : undefined;
  useEffect(() => {
    if (!connection) return setMe(null);
    let last = '';
    const update = (): void => {
      const orgShort = connection.orgShort;
      const org = orgShort ? findOrganization(doc, orgShort) : undefined;
      const user: PresenceUser = { name: presenceName(), colour: org?.colour ?? UNKNOWN_COLOUR, org: org?.short ?? orgShort, ...(role ? { role } : {}) };
      const json = JSON.stringify(user);
      if (json === last) return;
      last = json;
      awareness.setLocalStateField(PRESENCE_FIELD, user);
      setMe(user);
    };
    update();
    doc.on('afterTransaction', update);
    return () => doc.off('afterTransaction', update);
  }, [connection, role, doc, awareness]);

  useEffect(() => {
    if (!connection) return setOthers([]);
    const roll = new PresenceRoll();
    const update = (): void => setOthers(roll.update(awareness.getStates(), awareness.clientID));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [connection, awareness]);

  return { state, others, me, invitation: connection?.invitation ?? null };
}
