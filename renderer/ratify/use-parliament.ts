/**
 * React's handle on the parliament: one ParliamentStore per open workspace (the tally and the clerk's
 * work, signed with this computer's key), and the delegate's enrolment — once the app is online with an
 * invitation for an organization whose place on the roster is empty, it puts this computer's key there
 * (the first key of all founds the coalition; the roster's audit log shows each), signing with it the
 * name the delegate gave when they joined.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { bindKey } from '../../src/ratify/actions.ts';
import { currentKey, orgOfKey, readParliament } from '../../src/ratify/parliament.ts';
import { toHex } from '../../src/ratify/signing.ts';
import type { Host } from '../host.ts';
import { delegateName } from '../sync/identity.ts';
import { errorText } from '../i18n/error-text.ts';
import { ParliamentStore } from './parliament-store.ts';

/** `room`: whether the workspace is connected and which member organizations are, as the sync view has it now. */
export function useParliament(doc: Y.Doc, host: Host, readOnly: boolean, room: { online: boolean; present: string[] }): ParliamentStore {
  const writable = useRef(!readOnly);
  writable.current = !readOnly;
  const seen = useRef(room);
  seen.current = room;
  const store = useMemo(
    () =>
      new ParliamentStore(
        doc,
        () => host.signingKey(),
        () => writable.current,
        { online: () => seen.current.online, present: () => seen.current.present },
      ),
    [doc, host],
  );
  useEffect(() => store.watch(), [store]);
  return store;
}

/** `onError` is told if the key cannot be put on the roster (no secure storage for it, say). */
export function useEnrolment(doc: Y.Doc, host: Host, org: string | undefined, ready: boolean, onError: (text: string) => void): void {
  const { t } = useTranslation('ratify');
  useEffect(() => {
    if (!org || !ready) return;
    let live = true;
    void (async () => {
      const key = await host.signingKey();
      const parliament = readParliament(doc);
      if (!live || currentKey(parliament.roster, org) !== '' || orgOfKey(parliament.roster, toHex(key.publicKey)) !== undefined) return;
      if (parliament.founded && parliament.organizations.get(org)?.status !== 'member') return;
      await bindKey(doc, org, key, new Date(), delegateName());
    })().catch((error: unknown) => live && onError(t('view.enrolFailed', { reason: errorText(error) })));
    return () => {
      live = false;
    };
  }, [doc, host, org, ready, onError, t]);
}
