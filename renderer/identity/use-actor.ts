/**
 * Who this delegate acts for in a workspace: the organization named by the invitation they joined with, or,
 * working alone, the organization they chose (kept on this computer per workspace). The editor asks for it
 * at each change through a stable getter, since the invitation's organization is known only once the
 * server has answered.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Actor, ActorSource } from '../../src/workspace/actor.ts';
import { findOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
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

function useOrganizationsVersion(doc: Y.Doc): number {
  const version = useRef(0);
  return useSyncExternalStore(
    useCallback(
      (notify: () => void) => {
        const bump = (): void => {
          version.current += 1;
          notify();
        };
        doc.getMap('orgs').observeDeep(bump);
        return () => doc.getMap('orgs').unobserveDeep(bump);
      },
      [doc],
    ),
    () => version.current,
  );
}

export function useActor(workspace: string, doc: Y.Doc, invitationOrgShort: string | undefined): ActorView {
  const [chosen, setChosen] = useState(() => localStorage.getItem(storageKey(workspace)) ?? '');
  useEffect(() => setChosen(localStorage.getItem(storageKey(workspace)) ?? ''), [workspace]);
  const orgsVersion = useOrganizationsVersion(doc);
  const fromInvitation = invitationOrgShort !== undefined && invitationOrgShort !== '';
  let actor: Actor | null = null;
  if (fromInvitation) {
    const org = findOrganization(doc, invitationOrgShort);
    if (org) actor = { org: org.id, delegate: delegateName() };
  } else {
    const org = listOrganizations(doc).find((o) => o.id === chosen);
    if (org) actor = { org: org.id, delegate: delegateName() };
  }
  void orgsVersion;
  const current = useRef<Actor | null>(actor);
  current.current = actor;
  const source = useCallback<ActorSource>(() => current.current, []);
  const choose = useCallback(
    (orgId: string) => {
      localStorage.setItem(storageKey(workspace), orgId);
      setChosen(orgId);
    },
    [workspace],
  );
  return { actor, source, fromInvitation, choose };
}
