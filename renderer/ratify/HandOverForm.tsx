/**
 * "Hand over to a new key", for the delegate whose key is on the roster: they paste the key the new
 * computer shows, see its fingerprint (to compare aloud with the new computer's) and exactly what they
 * sign — which organization's seat, from which key to which — and only then sign the hand-over.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { isKeyHex, keyFingerprint } from '../../src/ratify/signing.ts';
import { pastedKey } from './hand-over.ts';

interface Props {
  /** The organization whose seat this computer's key holds, and that key's fingerprint. */
  short: string;
  myFingerprint: string;
  /** Sign the hand-over to `key`; resolves to whether it was signed. */
  onHandOver(key: string): Promise<boolean>;
}

export function HandOverForm({ short, myFingerprint, onHandOver }: Props): ReactNode {
  const { t } = useTranslation('ratify');
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const key = pastedKey(text);
  const valid = isKeyHex(key);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    if (await onHandOver(key)) {
      setText('');
      setConfirming(false);
    }
  };
  return (
    <details className="ratify-hand-over">
      <summary>{t('handOver.title')}</summary>
      <form onSubmit={(event) => void submit(event)} aria-label={t('handOver.title')}>
        <p>{t('handOver.intro', { short })}</p>
        <label>
          {t('handOver.newKey')}{' '}
          <input
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setConfirming(false);
            }}
            spellCheck={false}
            autoComplete="off"
            required
          />
        </label>
        {text !== '' && !valid && <p className="ratify-warning">{t('handOver.notAKey')}</p>}
        {valid && (
          <p data-testid="hand-over-summary">
            <Trans
              t={t}
              i18nKey="handOver.summary"
              values={{ short, mine: myFingerprint, theirs: keyFingerprint(key) }}
              components={[<code key="mine" />, <code key="theirs" />]}
            />
          </p>
        )}
        <button type="submit" disabled={!valid}>
          {confirming ? t('handOver.sign', { fingerprint: keyFingerprint(key) }) : t('handOver.review')}
        </button>
      </form>
    </details>
  );
}
