/**
 * The connection at a glance, beside the views: who is here (compact, see PresenceBar), local only,
 * connecting, online (and whether every change has reached the server), offline with changes waiting, or
 * an invitation refused; the chair's Invitations panel; and leaving the meeting, which the delegate confirms. The status and Leave are
 * never pushed out of sight: the presence shrinks first (styles.css).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { useConfirm } from '../confirm.tsx';
import { InvitationsPanel } from './InvitationsPanel.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import type { SyncView } from './use-sync.ts';

function describe(t: TFunction<'app'>, view: SyncView): { tone: string; text: string; detail?: string } {
  const { state } = view;
  if (!state) return { tone: 'local', text: t('sync.status.local') };
  switch (state.kind) {
    case 'checking':
      return { tone: 'busy', text: t('sync.status.checking') };
    case 'connecting':
      return { tone: 'busy', text: t('sync.status.connecting') };
    case 'online':
      return {
        tone: state.pending === 0 ? 'ok' : 'busy',
        text: state.pending === 0 ? t('sync.status.onlineAll') : t('sync.status.onlinePending', { count: state.pending }),
        ...(state.role === 'observer' ? { detail: t('sync.status.observer') } : {}),
      };
    case 'offline':
      return {
        tone: 'warn',
        text: state.pending === 0 ? t('sync.status.offlineAll') : t('sync.status.offlinePending', { count: state.pending }),
        detail: t('sync.unreachable'),
      };
    case 'refused':
      return { tone: 'error', text: t('sync.status.refused'), detail: t(`sync.refusals.${state.refusal}`) };
  }
}

export function SyncStatus({ view, doc, onLeave }: { view: SyncView; doc: Y.Doc; onLeave(): void }): ReactNode {
  const { t } = useTranslation('app');
  const { tone, text, detail } = describe(t, view);
  const confirm = useConfirm();
  const [inviting, setInviting] = useState(false);
  const chair = view.state && 'role' in view.state && view.state.role === 'chair' ? view.invitation : null;
  const leave = async (): Promise<void> => {
    if (await confirm.ask(t('sync.status.leaveTitle'), t('sync.status.leaveText'), t('sync.status.leaveYes'))) onLeave();
  };
  return (
    <div className="sync-status" role="group" aria-label={t('sync.status.connection')}>
      <PresenceBar doc={doc} others={view.others} />
      <span className={`sync-chip sync-${tone}`} role="status" title={detail ?? text} data-sync-state={view.state?.kind ?? 'local'}>
        {text}
      </span>
      {detail && view.state?.kind === 'refused' && <span className="sync-detail">{detail}</span>}
      {chair && (
        <button type="button" className="small" onClick={() => setInviting(true)}>
          {t('sync.status.invitations')}
        </button>
      )}
      {chair && inviting && <InvitationsPanel chair={chair} doc={doc} onClose={() => setInviting(false)} />}
      {view.state && (
        <button type="button" className="small leave-meeting" onClick={() => void leave()}>
          {t('sync.status.leave')}
        </button>
      )}
      {confirm.dialog}
    </div>
  );
}
