/**
 * Who this delegate acts for in a workspace: the organization named by the invitation they joined with, or,
 * working alone, the organization they chose (kept on this computer per workspace). The editor asks for it
 * at each change through a stable getter, since the invitation's organization is known only once the
 * server has answered.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Actor, ActorSource } from '../../src/workspace/actor.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { delegateName } from '../sync/identity.ts';

const storageKey = (workspace: string): string => `concord.actingAs.${workspace}`;

export interface ActorView {
  actor: Actor | null;
  /** Always the same function: the actor at the moment it is called. */
  source: ActorSource;
  /** True when the invitation decides the organization (no choice to offer). */
  fromInvitation: boolean;
  choose(orgId: string): void;
}

/** The member organizations' ids and short names, re-read when they change. */
const readOrgs = (doc: Y.Doc): { id: string; short: string }[] => listOrganizations(doc).map((o) => ({ id: o.id, short: o.short }));

export function useActor(workspace: string, doc: Y.Doc, invitationOrgShort: string | undefined): ActorView {
  const [chosen, setChosen] = useState(() => localStorage.getItem(storageKey(workspace)) ?? '');
  useEffect(() => setChosen(localStorage.getItem(storageKey(workspace)) ?? ''), [workspace]);
  const orgs = useDocValue(doc, readOrgs);
  const fromInvitation = invitationOrgShort !== undefined && invitationOrgShort !== '';
  const wanted = invitationOrgShort?.toLowerCase();
  const org = fromInvitation ? orgs.find((o) => o.short.toLowerCase() === wanted) : orgs.find((o) => o.id === chosen);
  const actor: Actor | null = org ? { org: org.id, delegate: delegateName() } : null;
  const current = useRef<Actor | null>(actor);
  current.current = actor;
  const source = useCallback<ActorSource>(() => current.current, []);
  const choose = useCallback(
    (orgId: string) => {
      localStorage.setItem(storageKey(workspace), orgId);
      setChosen(orgId);
      // A change held until this choice (acting-guard.ts) is made at once, before React renders again.
      if (!fromInvitation) current.current = orgId === '' ? null : { org: orgId, delegate: delegateName() };
    },
    [workspace, fromInvitation],
  );
  return { actor, source, fromInvitation, choose };
}
