/**
 * The chair's Invitations panel: the workspace id (what `concord invite --workspace` needs), an invitation
 * made per organization and role with an optional expiry (its link shown once, to copy and send), and
 * every invitation of this workspace with its state, each revocable.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { Invitation } from '../../src/sync/join-link.ts';
import { isRole, type Role } from '../../src/sync/token-check.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { readableDate } from '../../src/local-dates.ts';
import { useDocValue } from '../state/use-doc.ts';
import { TableHead } from '../TableHead.tsx';
import { createInvitation, listInvitations, revokeInvitation, type ListedInvitation } from './invitation-admin.ts';
import { errorText } from '../i18n/error-text.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

/** How long a new invitation may be used, in days (0: until revoked). */
const EXPIRIES = [0, 1, 7, 30] as const;
const ROLES: readonly Role[] = ['delegate', 'observer', 'chair'];

function state(t: TFunction<'app'>, invitation: ListedInvitation): string {
  if (invitation.revokedAt) return t('sync.invitations.revoked');
  if (invitation.expiresAt && Date.parse(invitation.expiresAt) <= Date.now()) return t('sync.invitations.expired');
  return invitation.expiresAt ? t('sync.invitations.validUntil', { when: readableDate(invitation.expiresAt, shownLanguage()) }) : t('sync.invitations.valid');
}

export function InvitationsPanel({ chair, doc, onClose }: { chair: Invitation; doc: Y.Doc; onClose(): void }): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const [list, setList] = useState<ListedInvitation[]>([]);
  const [made, setMade] = useState<{ org: string; role: Role; link: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((caught: unknown): void => setError(errorText(caught)), []);
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
        <h2 id="invitations-title">{t('sync.invitations.title')}</h2>
        <p>
          <Trans t={t} i18nKey="sync.invitations.workspaceId" values={{ workspace: chair.workspace }} components={{ id: <code data-testid="workspace-id" />, cmd: <code /> }} />
        </p>
        <form className="row" onSubmit={(event) => void create(event)} aria-label={t('sync.invitations.newInvitation')}>
          <label className="field">
            {t('sync.invitations.organization')}
            <select name="org" required>
              {orgs.map((org) => (
                <option key={org.id} value={org.short}>
                  {org.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('sync.invitations.role')}
            <select name="role" defaultValue="delegate">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`sync.roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('sync.invitations.expires')}
            <select name="expiry" defaultValue="7">
              {EXPIRIES.map((days) => (
                <option key={days} value={days}>
                  {days === 0 ? t('sync.invitations.never') : t('sync.invitations.days', { count: days })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t('sync.invitations.create')}
          </button>
        </form>
        {made && (
          <label className="field">
            {t('sync.invitations.linkFor', { role: t(`sync.roles.${made.role}`), org: made.org })}
            <span className="row">
              <input readOnly value={made.link} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="small" onClick={() => void navigator.clipboard.writeText(made.link)}>
                {t('sync.invitations.copyLink')}
              </button>
            </span>
          </label>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <table className="invitation-list" aria-label={t('sync.invitations.list')}>
          <TableHead
            columns={[
              t('sync.invitations.organization'),
              t('sync.invitations.role'),
              t('sync.invitations.created'),
              t('sync.invitations.state'),
              { hidden: t('sync.invitations.actions') },
            ]}
          />
          <tbody>
            {list.map((invitation) => (
              <tr key={invitation.id} data-invitation-id={invitation.id}>
                <td>{invitation.org}</td>
                <td>{t(`sync.roles.${invitation.role}`)}</td>
                <td>{readableDate(invitation.createdAt, shownLanguage())}</td>
                <td>{state(t, invitation)}</td>
                <td>
                  {!invitation.revokedAt && (
                    <button
                      type="button"
                      className="small"
                      onClick={() => void revoke(invitation.id)}
                      aria-label={t('sync.invitations.revokeOf', { role: t(`sync.roles.${invitation.role}`), org: invitation.org })}
                    >
                      {t('sync.invitations.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row">
          <button type="button" onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      </section>
    </div>
  );
}
