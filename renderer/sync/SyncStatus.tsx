/**
 * The connection at a glance, beside the views: local only, connecting, online (and whether every change
 * has reached the server), offline with changes waiting, or an invitation refused; who else is here; and
 * leaving the meeting.
 */
import type { ReactNode } from 'react';
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

export function SyncStatus({ view, onLeave }: { view: SyncView; onLeave(): void }): ReactNode {
  const { tone, text, detail } = describe(view);
  return (
    <div className="sync-status" aria-label="Connection">
      {view.others.length > 0 && (
        <ul className="presence" aria-label="Also here">
          {view.others.map((user, i) => (
            <li key={i} title={`${user.name}${user.org ? ` (${user.org})` : ''}`} style={{ borderColor: user.colour }}>
              <span className="presence-dot" style={{ background: user.colour }} aria-hidden="true" />
              {user.name}
              {user.org && <span className="muted"> · {user.org}</span>}
            </li>
          ))}
        </ul>
      )}
      <span className={`sync-chip sync-${tone}`} role="status" title={detail} data-sync-state={view.state?.kind ?? 'local'}>
        {text}
      </span>
      {detail && view.state?.kind === 'refused' && <span className="sync-detail">{detail}</span>}
      {view.state && (
        <button type="button" className="small" onClick={onLeave}>
          Leave meeting
        </button>
      )}
    </div>
  );
}
