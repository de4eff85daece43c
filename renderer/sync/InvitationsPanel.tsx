/**
 * The chair's Invitations panel: the workspace id (what `concord invite --workspace` needs), an invitation
 * made per organization and role with an optional expiry (its link shown once, to copy and send), and
 * every invitation of this workspace with its state, each revocable.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Invitation } from '../../src/sync/join-link.ts';
import { isRole } from '../../src/sync/token-check.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { localDateTime } from '../../src/local-dates.ts';
import { useDocValue } from '../state/use-doc.ts';
import { TableHead } from '../TableHead.tsx';
import { createInvitation, listInvitations, revokeInvitation, type ListedInvitation } from './invitation-admin.ts';

const EXPIRIES = [
  { label: 'Never (until revoked)', days: 0 },
  { label: '1 day', days: 1 },
  { label: '7 days', days: 7 },
  { label: '30 days', days: 30 },
] as const;

function state(invitation: ListedInvitation): string {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt && Date.parse(invitation.expiresAt) <= Date.now()) return 'expired';
  return invitation.expiresAt ? `valid until ${localDateTime(invitation.expiresAt)}` : 'valid';
}

export function InvitationsPanel({ chair, doc, onClose }: { chair: Invitation; doc: Y.Doc; onClose(): void }): ReactNode {
  const orgs = useDocValue(doc, listOrganizations);
  const [list, setList] = useState<ListedInvitation[]>([]);
  const [made, setMade] = useState<{ org: string; role: string; link: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((caught: unknown): void => setError(caught instanceof Error ? caught.message : String(caught)), []);
  const refresh = useCallback(() => listInvitations(chair).then(setList, fail), [chair, fail]);
  useEffect(() => void refresh(), [refresh]);

  const create = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const org = String(data.get('org') ?? '');
    const role = String(data.get('role') ?? '');
    const days = Number(data.get('expiry') ?? 0);
    if (!isRole(role)) return;
    try {
      setError(null);
      const created = await createInvitation(chair, org, role, days > 0 ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined);
      setMade({ org, role, link: created.webLink });
      await refresh();
    } catch (caught) {
      fail(caught);
    }
  };
  const revoke = async (id: string): Promise<void> => {
    try {
      setError(null);
      await revokeInvitation(chair, id);
      await refresh();
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <div className="dialog-backdrop">
      <section className="dialog invitations" role="dialog" aria-modal="true" aria-labelledby="invitations-title">
        <h2 id="invitations-title">Invitations</h2>
        <p>
          Workspace id: <code data-testid="workspace-id">{chair.workspace}</code> (for <code>concord invite --workspace</code>)
        </p>
        <form className="row" onSubmit={(event) => void create(event)} aria-label="New invitation">
          <label className="field">
            Organization
            <select name="org" required>
              {orgs.map((org) => (
                <option key={org.id} value={org.short}>
                  {org.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Role
            <select name="role" defaultValue="delegate">
              <option value="delegate">delegate</option>
              <option value="observer">observer</option>
              <option value="chair">chair</option>
            </select>
          </label>
          <label className="field">
            Expires
            <select name="expiry" defaultValue="7">
              {EXPIRIES.map((expiry) => (
                <option key={expiry.days} value={expiry.days}>
                  {expiry.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            Create invitation
          </button>
        </form>
        {made && (
          <label className="field">
            Link for the {made.role} of {made.org} (shown only now: copy it and send it to them)
            <span className="row">
              <input readOnly value={made.link} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="small" onClick={() => void navigator.clipboard.writeText(made.link)}>
                Copy link
              </button>
            </span>
          </label>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <table className="invitation-list" aria-label="Invitations of this workspace">
          <TableHead columns={['Organization', 'Role', 'Created', 'State', { hidden: 'Actions' }]} />
          <tbody>
            {list.map((invitation) => (
              <tr key={invitation.id} data-invitation-id={invitation.id}>
                <td>{invitation.org}</td>
                <td>{invitation.role}</td>
                <td>{localDateTime(invitation.createdAt)}</td>
                <td>{state(invitation)}</td>
                <td>
                  {!invitation.revokedAt && (
                    <button type="button" className="small" onClick={() => void revoke(invitation.id)} aria-label={`Revoke the ${invitation.role} invitation of ${invitation.org}`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </section>
    </div>
  );
}
