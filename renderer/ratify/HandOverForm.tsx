/**
 * "Hand over to a new key", for the delegate whose key is on the roster: they paste the key the new
 * computer shows, see its fingerprint (to compare aloud with the new computer's) and exactly what they
 * sign — which organization's seat, from which key to which — and only then sign the hand-over.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
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
      <summary>Hand over to a new key</summary>
      <form onSubmit={(event) => void submit(event)} aria-label="Hand over to a new key">
        <p>For a new computer or a new delegate: on it, join with {short}’s invitation and copy the key it shows under “Roster”.</p>
        <label>
          The new key (64 hex characters){' '}
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
        {text !== '' && !valid && <p className="ratify-warning">That is not a key: a key is 64 characters, 0–9 and a–f.</p>}
        {valid && (
          <p data-testid="hand-over-summary">
            You sign that {short}’s seat passes from this computer’s key <code>{myFingerprint}</code> to the key <code>{keyFingerprint(key)}</code>. Compare that fingerprint with
            the one the new computer shows. Once the new computer accepts, this computer no longer votes for {short}.
          </p>
        )}
        <button type="submit" disabled={!valid}>
          {confirming ? `Sign the hand-over to ${keyFingerprint(key)}` : 'Review the hand-over'}
        </button>
      </form>
    </details>
  );
}
