/**
 * Signing in the app's views: this computer's signing key once the platform has it (null until then),
 * and `signed(action)`, which runs a signed core action with it, recounts the parliament, and tells the
 * delegate a refusal in the core's words. Resolves to whether the action was done.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Host, SigningKey } from '../host.ts';
import type { Notify } from '../notice.ts';
import { errorText } from '../i18n/error-text.ts';
import { attempt } from './errors.ts';
import type { ParliamentStore } from './parliament-store.ts';

export interface Signing {
  key: SigningKey | null;
  signed(action: (signer: SigningKey) => Promise<unknown>): Promise<boolean>;
}

export function useSigner(host: Host, store: ParliamentStore, onNotice: Notify): Signing {
  const [key, setKey] = useState<SigningKey | null>(null);
  useEffect(() => {
    let live = true;
    host.signingKey().then(
      (k) => live && setKey(k),
      (error: unknown) => onNotice('error', errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [host, onNotice]);
  const signed = useCallback(
    (action: (signer: SigningKey) => Promise<unknown>): Promise<boolean> =>
      key
        ? attempt(
            async () => {
              await action(key);
              await store.refresh();
            },
            (text) => onNotice('error', text),
          )
        : Promise.resolve(false),
    [key, store, onNotice],
  );
  return { key, signed };
}
