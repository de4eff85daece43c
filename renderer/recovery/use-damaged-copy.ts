/**
 * Whether the open workspace's local copy holds damaged parts (checked when it opens: the server refuses
 * damage since, and merging a damaged file is refused), and the three recoveries: drop the damaged part
 * (then store the copy compacted, so that no replay recurses on it), re-sync from the server, open a backup.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_EXTENSION } from '../../src/file/format.ts';
import { inspectWorkspace, type Skipped } from '../../src/workspace/doc-shape.ts';
import { dropDamaged } from '../../src/workspace/repair.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import { invitationFor } from '../sync/invitation-store.ts';
import { restoreBackup, resyncFromServer, type WorkspaceSession } from '../workspace-session.ts';
import type { Recovery } from './DamagedCopy.tsx';
import { errorText } from '../i18n/error-text.ts';

export interface DamagedCopyState {
  skipped: Skipped[];
  canResync: boolean;
  recover(how: Recovery): Promise<void>;
}

/** `replace` swaps the open session for another without closing the old one (recoveries close it themselves). */
export function useDamagedCopy(session: WorkspaceSession | null, replace: (next: WorkspaceSession) => Promise<void>, host: Host, notify: Notify): DamagedCopyState {
  const { t } = useTranslation('app');
  // Read with the session itself, before anything renders: the editor must not bind to a damaged constitution.
  const [repairs, setRepairs] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `repairs`: read again after each repair
  const skipped = useMemo(() => (session ? inspectWorkspace(session.doc) : []), [session, repairs]);
  const [canResync, setCanResync] = useState(false);

  useEffect(() => {
    let live = true;
    if (session) void invitationFor(session.id).then((invitation) => live && setCanResync(invitation !== null));
    return () => {
      live = false;
    };
  }, [session]);

  const recover = useCallback(
    async (how: Recovery) => {
      if (!session) return;
      try {
        if (how === 'drop') {
          const dropped = dropDamaged(session.doc);
          await session.compact();
          setRepairs((n) => n + 1);
          notify('info', t('recovery.dropped', { count: dropped.length }));
        } else if (how === 'resync') {
          await replace(await resyncFromServer(session));
          notify('info', t('recovery.resynced'));
        } else {
          const file = await host.openFile([FILE_EXTENSION]);
          if (!file) return;
          const opened = await restoreBackup(session, file.bytes, file.name);
          await replace(opened.session);
          notify('info', t('recovery.restored', { name: file.name }));
        }
      } catch (error) {
        notify('error', errorText(error));
      }
    },
    [session, replace, host, notify, t],
  );

  return { skipped, canResync, recover };
}
