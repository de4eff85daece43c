/**
 * Who is in the meeting, compact enough for a parliament: one round chip per delegate with their initials
 * in their organization's colour, one chip counting the observers, and the whole roll on demand — name,
 * organization, role, online or offline.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { initials, textColourOn, type Participant } from '../../src/sync/presence.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { TableHead } from '../TableHead.tsx';

function describe(t: TFunction<'app'>, user: Participant, orgName: string): string {
  return `${user.name} · ${orgName} · ${t(`sync.roles.${user.role ?? 'delegate'}`)}`;
}

export function PresenceBar({ doc, others }: { doc: Y.Doc; others: readonly Participant[] }): ReactNode {
  const { t } = useTranslation('app');
  const [open, setOpen] = useState(false);
  const orgs = useDocValue(doc, listOrganizations);
  const orgName = (short: string): string => orgs.find((org) => org.short === short)?.name ?? (short || t('sync.presence.unknownOrg'));
  const online = others.filter((user) => user.online);
  const delegates = online.filter((user) => user.role !== 'observer');
  const observers = online.length - delegates.length;
  if (others.length === 0) return null;
  return (
    <div className="presence-bar">
      <button type="button" className="presence" aria-expanded={open} aria-controls="presence-roll" onClick={() => setOpen(!open)}>
        <span className="sr-only">
          {t('sync.presence.whoIsHere', {
            delegates: t('sync.presence.delegates', { count: delegates.length }),
            observers: t('sync.presence.observers', { count: observers }),
          })}
        </span>
        {delegates.map((user) => (
          <span
            key={`${user.name}|${user.org}|${user.role ?? ''}`}
            className="presence-chip"
            style={{ backgroundColor: user.colour, color: textColourOn(user.colour) }}
            title={describe(t, user, orgName(user.org))}
            data-presence-name={user.name}
            aria-hidden="true"
          >
            {initials(user.name)}
          </span>
        ))}
        {observers > 0 && (
          <span className="presence-observers" data-observer-count={observers} title={t('sync.presence.observersTitle')}>
            {t('sync.presence.observers', { count: observers })}
          </span>
        )}
      </button>
      {open && (
        <table id="presence-roll" className="presence-roll" aria-label={t('sync.presence.everyone')}>
          <TableHead columns={[t('sync.presence.name'), t('sync.presence.organization'), t('sync.presence.role'), t('sync.presence.here')]} />
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
                <td>{t(`sync.roles.${user.role ?? 'delegate'}`)}</td>
                <td>{user.online ? t('sync.presence.online') : t('sync.presence.offline')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
