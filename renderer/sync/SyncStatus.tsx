/**
 * The connection at a glance, beside the views: who is here (compact, see PresenceBar), local only,
 * connecting, online (and whether every change has reached the server), offline with changes waiting, or
 * an invitation refused; the chair's Invitations panel; and leaving the meeting, which the delegate confirms. The status and Leave are
 * never pushed out of sight: the presence shrinks first (styles.css).
 */
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useConfirm } from '../confirm.tsx';
import { InvitationsPanel } from './InvitationsPanel.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import type { SyncView } from './use-sync.ts';

function describe(view: SyncView): { tone: string; text: string; detail?: string } {
  const { state } = view;
  if (!state) return { tone: 'local', text: 'On this computer only' };
  switch (state.kind) {
    case 'checking':
      return { tone: 'busy', text: 'Checking the invitation…' };
    case 'connecting':
      return { tone: 'busy', text: 'Connecting…' };
    case 'online':
      return {
        tone: state.pending === 0 ? 'ok' : 'busy',
        text: state.pending === 0 ? 'Online · all changes on the server' : `Online · ${state.pending} change${state.pending === 1 ? '' : 's'} not yet on the server`,
        ...(state.role === 'observer' ? { detail: 'You are an observer: you can read but not edit.' } : {}),
      };
    case 'offline':
      return {
        tone: 'warn',
        text: state.pending === 0 ? 'Offline · working on this computer' : `Offline · ${state.pending} change${state.pending === 1 ? '' : 's'} waiting to be sent`,
        detail: state.message,
      };
    case 'refused':
      return { tone: 'error', text: 'Not connected', detail: state.message };
  }
}

export const LEAVE_QUESTION = {
  title: 'Leave the meeting?',
  text: 'You stop receiving the other delegates’ changes and they stop seeing yours. Your copy stays on this computer; to come back you need an invitation again.',
  yes: 'Leave the meeting',
} as const;

export function SyncStatus({ view, doc, onLeave }: { view: SyncView; doc: Y.Doc; onLeave(): void }): ReactNode {
  const { tone, text, detail } = describe(view);
  const confirm = useConfirm();
  const [inviting, setInviting] = useState(false);
  const chair = view.state && 'role' in view.state && view.state.role === 'chair' ? view.invitation : null;
  const leave = async (): Promise<void> => {
    if (await confirm.ask(LEAVE_QUESTION.title, LEAVE_QUESTION.text, LEAVE_QUESTION.yes)) onLeave();
  };
  return (
    <div className="sync-status" role="group" aria-label="Connection">
      <PresenceBar doc={doc} others={view.others} />
      <span className={`sync-chip sync-${tone}`} role="status" title={detail ?? text} data-sync-state={view.state?.kind ?? 'local'}>
        {text}
      </span>
      {detail && view.state?.kind === 'refused' && <span className="sync-detail">{detail}</span>}
      {chair && (
        <button type="button" className="small" onClick={() => setInviting(true)}>
          Invitations…
        </button>
      )}
      {chair && inviting && <InvitationsPanel chair={chair} doc={doc} onClose={() => setInviting(false)} />}
      {view.state && (
        <button type="button" className="small leave-meeting" onClick={() => void leave()}>
          Leave meeting
        </button>
      )}
      {confirm.dialog}
    </div>
  );
}
