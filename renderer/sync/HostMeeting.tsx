/**
 * Hosting a meeting from the desktop app: start the built-in sync server, connect this workspace to it as
 * the chair, and make an invitation link for each organization's delegate (or an observer) to send them.
 */
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { parseJoinLink } from '../../src/sync/join-link.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { InviteRole, MeetingHost } from '../host.ts';
import type { Notify } from '../notice.ts';
import { useDocValue } from '../state/use-doc.ts';
import { forgetInvitation, rememberInvitation } from './invitation-store.ts';
import { errorText } from '../i18n/error-text.ts';

interface Props {
  meeting: MeetingHost;
  workspace: string;
  doc: Y.Doc;
  onNotice: Notify;
  onClose(): void;
}

interface Made {
  org: string;
  role: InviteRole;
  link: string;
}

export function HostMeeting({ meeting, workspace, doc, onNotice, onClose }: Props): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const [url, setUrl] = useState<string | null>(null);
  const [made, setMade] = useState<Made[]>([]);
  const [hostOrg, setHostOrg] = useState(orgs[0]?.short ?? '');

  const fail = (error: unknown): void => onNotice('error', errorText(error));

  const start = async (): Promise<void> => {
    try {
      const started = await meeting.start();
      const own = await meeting.invite(workspace, hostOrg, 'chair');
      await rememberInvitation(parseJoinLink(own.appLink));
      setUrl(started.url);
    } catch (error) {
      fail(error);
    }
  };

  const invite = async (org: string, role: InviteRole): Promise<void> => {
    try {
      const links = await meeting.invite(workspace, org, role);
      setMade((list) => [{ org, role, link: links.appLink }, ...list]);
    } catch (error) {
      fail(error);
    }
  };

  const stop = async (): Promise<void> => {
    try {
      await meeting.stop();
      await forgetInvitation(workspace);
      setUrl(null);
      setMade([]);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="dialog-backdrop">
      <section className="dialog" role="dialog" aria-modal="true" aria-labelledby="host-title">
        <h2 id="host-title">{t('sync.host.title')}</h2>
        {orgs.length === 0 ? (
          <p>{t('sync.host.addOrgsFirst')}</p>
        ) : url === null ? (
          <>
            <p>{t('sync.host.intro')}</p>
            <label className="field">
              {t('sync.host.hostAs')}
              <select value={hostOrg} onChange={(event) => setHostOrg(event.target.value)}>
                {orgs.map((org) => (
                  <option key={org.id} value={org.short}>
                    {org.name}
                  </option>
                ))}
              </select>
            </label>
            <div className="row">
              <button type="button" className="primary" onClick={() => void start()}>
                {t('sync.host.start')}
              </button>
              <button type="button" onClick={onClose}>
                {t('common:cancel')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>
              <Trans t={t} i18nKey="sync.host.openAt" values={{ url }} components={{ code: <code /> }} />
            </p>
            <ul className="invite-list">
              {orgs.map((org) => (
                <li key={org.id}>
                  <span>{org.name}</span>
                  <button type="button" className="small" onClick={() => void invite(org.short, 'delegate')}>
                    {t('sync.host.inviteDelegate')}
                  </button>
                  <button type="button" className="small" onClick={() => void invite(org.short, 'observer')}>
                    {t('sync.host.inviteObserver')}
                  </button>
                </li>
              ))}
            </ul>
            {made.map((item, i) => (
              <label key={i} className="field">
                {item.role === 'observer' ? t('sync.host.observerFor', { org: item.org }) : t('sync.host.delegateFor', { org: item.org })}
                <span className="row">
                  <input readOnly value={item.link} onFocus={(event) => event.currentTarget.select()} />
                  <button type="button" className="small" onClick={() => void navigator.clipboard.writeText(item.link)}>
                    {t('sync.host.copy')}
                  </button>
                </span>
              </label>
            ))}
            <div className="row">
              <button type="button" onClick={onClose}>
                {t('common:close')}
              </button>
              <button type="button" onClick={() => void stop()}>
                {t('sync.host.end')}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
