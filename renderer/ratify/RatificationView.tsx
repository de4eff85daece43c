/**
 * The parliament's view: the chair and their term, ratification progress over the whole text, the
 * roster, putting a motion to the vote, and the agenda — open motions first, then the decided ones —
 * where this delegate votes with their signing key. Every action is a core function (src/ratify/); this
 * view only wires them to buttons and shows the tally.
 */
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { bindKey } from '../../src/ratify/roster.ts';
import { keyFingerprint, toHex } from '../../src/ratify/signing.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import type { Host, SigningKey } from '../host.ts';
import type { Notify } from '../notice.ts';
import { attempt, errorText } from './errors.ts';
import { MotionCard } from './MotionCard.tsx';
import { OpenMotionForm } from './OpenMotionForm.tsx';
import type { ParliamentStore } from './parliament-store.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { RosterPanel } from './RosterPanel.tsx';
import { RulesPanel } from './RulesPanel.tsx';

interface Props {
  doc: Y.Doc;
  host: Host;
  store: ParliamentStore;
  /** The organization this delegate acts for, if known. */
  actingFor: string | undefined;
  /** Observers see the parliament but take no part. */
  readOnly: boolean;
  onNotice: Notify;
}

function useSigningKey(host: Host, onNotice: Notify): SigningKey | null {
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
  return key;
}

export function RatificationView(props: Props): ReactNode {
  const summary = useSyncExternalStore(
    (notify) => props.store.subscribe(notify),
    () => props.store.current(),
  );
  if (!summary) return <p className="loading">Counting the votes…</p>;
  return <Parliament {...props} summary={summary} />;
}

function Parliament({ doc, host, store, actingFor, readOnly, onNotice, summary }: Props & { summary: TallySummary }): ReactNode {
  const key = useSigningKey(host, onNotice);
  const myKey = key ? toHex(key.publicKey) : '';
  const myOrg = summary.roster.find((m) => m.key !== '' && m.key === myKey)?.org;
  const fail = (text: string): void => onNotice('error', text);
  const signed = (action: (signer: SigningKey) => Promise<unknown>): Promise<boolean> =>
    key ? attempt(async () => {
      await action(key);
      await store.refresh();
    }, fail) : Promise.resolve(false);
  const open = summary.motions.filter((m) => m.status === 'open').reverse();
  const decided = summary.motions.filter((m) => m.status !== 'open').reverse();
  return (
    <div className="ratify">
      <section className="ratify-head" aria-label="Chair and progress">
        <p data-testid="chair">
          {summary.chair
            ? `Chair: ${summary.chair.short}, until ${new Date(summary.chair.until).toLocaleDateString()}`
            : 'No chair: any delegate may open a vote, and votes close at their deadline.'}
        </p>
        <ProgressChart progress={summary.progress} />
      </section>
      <div className="ratify-columns">
        <div className="ratify-side">
          <RosterPanel summary={summary} myKey={myKey} myFingerprint={myKey ? keyFingerprint(myKey) : ''} actingFor={actingFor} onEnrol={(org) => void signed((k) => bindKey(doc, org, k, new Date()))} />
          <RulesPanel doc={doc} summary={summary} readOnly={readOnly} onSaved={(text) => onNotice('info', text)} onError={fail} />
          {!readOnly && myOrg && <OpenMotionForm doc={doc} summary={summary} onOpen={(request) => signed((k) => openMotion(doc, k, request))} />}
        </div>
        <section className="ratify-agenda" aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">Agenda</h3>
          {open.length === 0 && <p>No vote is open.</p>}
          {[...open, ...decided].map((motion) => (
            <MotionCard
              key={motion.id}
              motion={motion}
              summary={summary}
              myOrg={readOnly ? undefined : myOrg}
              onVote={(choice) => void signed((k) => castVote(doc, k, motion.id, choice))}
              onClose={() => void signed((k) => closeMotion(doc, k, motion.id))}
            />
          ))}
        </section>
      </div>
    </div>
  );
}
