/**
 * Who is in the meeting, compact enough for a parliament: one round chip per delegate with their initials
 * in their organization's colour, one chip counting the observers, and the whole roll on demand — name,
 * organization, role, online or offline.
 */
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { initials, textColourOn, type Participant } from '../../src/sync/presence.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { TableHead } from '../TableHead.tsx';

const ROLE_NAMES = { chair: 'chair', delegate: 'delegate', observer: 'observer' } as const;

function describe(user: Participant, orgName: string): string {
  return `${user.name} · ${orgName} · ${ROLE_NAMES[user.role ?? 'delegate']}`;
}

export function PresenceBar({ doc, others }: { doc: Y.Doc; others: readonly Participant[] }): ReactNode {
  const [open, setOpen] = useState(false);
  const orgs = useDocValue(doc, listOrganizations);
  const orgName = (short: string): string => orgs.find((org) => org.short === short)?.name ?? (short || 'organization not known yet');
  const online = others.filter((user) => user.online);
  const delegates = online.filter((user) => user.role !== 'observer');
  const observers = online.length - delegates.length;
  if (others.length === 0) return null;
  return (
    <div className="presence-bar">
      <button type="button" className="presence" aria-expanded={open} aria-controls="presence-roll" onClick={() => setOpen(!open)}>
        <span className="sr-only">{`Who is here: ${delegates.length} delegate${delegates.length === 1 ? '' : 's'}, ${observers} observer${observers === 1 ? '' : 's'}.`}</span>
        {delegates.map((user) => (
          <span
            key={`${user.name}|${user.org}|${user.role ?? ''}`}
            className="presence-chip"
            style={{ backgroundColor: user.colour, color: textColourOn(user.colour) }}
            title={describe(user, orgName(user.org))}
            data-presence-name={user.name}
            aria-hidden="true"
          >
            {initials(user.name)}
          </span>
        ))}
        {observers > 0 && (
          <span className="presence-observers" data-observer-count={observers} title="Observers read along and cannot edit">
            {observers} observer{observers === 1 ? '' : 's'}
          </span>
        )}
      </button>
      {open && (
        <table id="presence-roll" className="presence-roll" aria-label="Everyone in the meeting">
          <TableHead columns={['Name', 'Organization', 'Role', 'Here']} />
          <tbody>
            {others.map((user) => (
              <tr key={`${user.name}|${user.org}|${user.role ?? ''}`} className={user.online ? '' : 'is-offline'}>
                <td>
                  <span
                    className={user.role === 'observer' ? 'presence-chip is-observer' : 'presence-chip'}
                    style={user.role === 'observer' ? { borderColor: user.colour, color: user.colour } : { backgroundColor: user.colour, color: textColourOn(user.colour) }}
                    aria-hidden="true"
                  >
                    {initials(user.name)}
                  </span>{' '}
                  {user.name}
                </td>
                <td>{orgName(user.org)}</td>
                <td>{ROLE_NAMES[user.role ?? 'delegate']}</td>
                <td>{user.online ? 'online' : 'offline'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
