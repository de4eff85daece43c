/**
 * The parliament's view: the chair and their term, ratification progress over the whole text, the
 * roster (with hand-over and taking a seat), the rules, putting a motion to the vote (for the chair, or
 * any delegate while there is none), the problems found in the signed record, the meeting (MeetingPanel),
 * and the motions — open ones first, then the decided ones — where this delegate votes with their signing key (asked
 * first when the text voted on has open suggestions). Every action
 * is a core function (src/ratify/); this view only wires them to buttons and shows the tally.
 */
import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { adjournMeeting, bindKey, castVote, closeMotion, conveneMeeting, openMotion, signDelegateName, takeReplacedSeat, type MotionRequest } from '../../src/ratify/actions.ts';
import type { Participant, PresenceUser } from '../../src/sync/presence.ts';
import { keyFingerprint, toHex } from '../../src/ratify/signing.ts';
import { writeMinutes } from '../../src/ratify/minutes.ts';
import { mayOpenMotions, summarizeParliament, type TallySummary } from '../../src/ratify/summary.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import { useTranslation } from 'react-i18next';
import { useDates } from './dates.ts';
import { useDocValue } from '../state/use-doc.ts';
import { readCoalitionLanguage } from '../../src/workspace/language.ts';
import { delegateName, setDelegateName } from '../sync/identity.ts';
import { acceptHandOver, offerHandOver, offeredHandOver } from './hand-over.ts';
import { HandOverForm } from './HandOverForm.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { MotionCard } from './MotionCard.tsx';
import { OpenMotionForm } from './OpenMotionForm.tsx';
import type { ParliamentStore } from './parliament-store.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { RecordProblems } from './RecordProblems.tsx';
import { RosterPanel } from './RosterPanel.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { useSigner } from './use-signer.ts';
import { errorText } from '../i18n/error-text.ts';
import { useConfirm } from '../confirm.tsx';
import { openSuggestionsOn } from '../../src/suggest/resolve.ts';
import type { Choice } from '../../src/ratify/rules.ts';

interface Props {
  doc: Y.Doc;
  host: Host;
  store: ParliamentStore;
  /** The organization this delegate acts for, if known. */
  actingFor: string | undefined;
  /** Observers see the parliament but take no part. */
  readOnly: boolean;
  /** Who is connected: everyone else, and this delegate. */
  participants: readonly (Participant | PresenceUser)[];
  onNotice: Notify;
}

export function RatificationView(props: Props): ReactNode {
  const summary = useSyncExternalStore(
    (notify) => props.store.subscribe(notify),
    () => props.store.current(),
  );
  const { t } = useTranslation('ratify');
  if (!summary) return <p className="loading">{t('view.counting')}</p>;
  return <Parliament {...props} summary={summary} />;
}

/** The name a delegate signs with their seat, kept on this computer for the next time it is asked. */
function remembered(name: string): string {
  setDelegateName(name);
  return delegateName();
}

function Parliament({ doc, host, store, actingFor, readOnly, participants, onNotice, summary }: Props & { summary: TallySummary }): ReactNode {
  const { t } = useTranslation('ratify');
  const when = useDates();
  const { key, signed } = useSigner(host, store, onNotice);
  const myKey = key ? toHex(key.publicKey) : '';
  const myFingerprint = myKey ? keyFingerprint(myKey) : '';
  const me = summary.roster.find((m) => m.key !== '' && m.key === myKey);
  // (null, not undefined: the doc value is compared as JSON.)
  const offer = useDocValue(
    doc,
    useCallback((d: Y.Doc) => (myKey === '' || me ? null : (offeredHandOver(d, myKey) ?? null)), [myKey, me]),
  );
  const fail = (text: string): void => onNotice('error', text);
  const confirm = useConfirm();
  // A vote is on the text as it stands: open suggestions on it are left aside, so the delegate is asked first.
  const vote = async (motion: TallySummary['motions'][number], choice: Choice): Promise<void> => {
    const open = openSuggestionsOn(
      doc,
      motion.numbered.map((b) => b.id),
    );
    if (open.length > 0) {
      const go = await confirm.ask(t('view.openSuggestionsTitle'), t('view.openSuggestions', { count: open.length }), t('view.voteAnyway'));
      if (!go) return;
    }
    await signed((k) => castVote(doc, k, motion.id, choice));
  };
  const propose = (request: MotionRequest): Promise<boolean> => signed((k) => openMotion(doc, k, request));
  const canOpen = !readOnly && mayOpenMotions(summary, myKey);
  const open = summary.motions.filter((m) => m.status === 'open').reverse();
  const parliament = store.parliament();
  const decided = summary.motions.filter((m) => m.status !== 'open').reverse();
  return (
    <div className="ratify">
      <section className="ratify-head" aria-label={t('view.chairAndProgress')}>
        <p data-testid="chair">
          {summary.chair
            ? t(summary.chair.delegate ? 'view.chairWithDelegate' : 'view.chair', {
                short: summary.chair.short,
                delegate: summary.chair.delegate,
                until: when(summary.chair.until, 'date'),
              })
            : t('view.noChair')}
        </p>
        <ProgressChart progress={summary.progress} />
      </section>
      <div className="ratify-columns">
        <div className="ratify-side">
          <RosterPanel
            summary={summary}
            myKey={myKey}
            myFingerprint={myFingerprint}
            actingFor={actingFor}
            offer={offer}
            defaultName={delegateName()}
            onEnrol={(org, name) => void signed((k) => bindKey(doc, org, k, new Date(), remembered(name)))}
            onAcceptHandOver={(name) =>
              void signed(async (k) => {
                await acceptHandOver(doc, k);
                if (remembered(name) !== '') await signDelegateName(doc, k, name);
              })
            }
            onTakeSeat={(org, name) => void signed((k) => takeReplacedSeat(doc, org, k, new Date(), remembered(name)))}
          />
          {!readOnly && me && (
            <HandOverForm
              short={me.short}
              myFingerprint={myFingerprint}
              onHandOver={async (newKey) => {
                const done = await signed((k) => offerHandOver(doc, me.org, k, newKey));
                if (done) onNotice('info', t('view.handOverSigned', { short: me.short }));
                return done;
              }}
            />
          )}
          <RulesPanel
            doc={doc}
            summary={summary}
            settings={store.settings()}
            canChange={summary.founded ? canOpen : !readOnly}
            onPropose={propose}
            onSaved={(text) => onNotice('info', text)}
            onError={fail}
          />
          {canOpen && <OpenMotionForm doc={doc} summary={summary} rules={store.settings().rules} present={store.present()} onOpen={propose} />}
          {!readOnly && me && !canOpen && <p className="muted">{t('view.onlyChair')}</p>}
        </div>
        <div className="ratify-main">
          <RecordProblems summary={summary} />
          {parliament && summary.founded && (
            <MeetingPanel
              summary={summary}
              parliament={parliament}
              myOrg={readOnly ? undefined : me?.org}
              participants={participants}
              now={new Date()}
              onConvene={(request) => signed((k) => conveneMeeting(doc, k, request))}
              onPropose={propose}
              onAdjourn={(meeting, minutes) => signed((k) => adjournMeeting(doc, k, meeting, minutes))}
              draftMinutes={(meeting) => {
                // Minutes are the coalition's record: written in its language, whatever the app shows.
                const language = readCoalitionLanguage(doc);
                return writeMinutes({ parliament, summary: summarizeParliament(doc, new Date(), parliament, language), meeting, language });
              }}
              onSaveMinutes={(meeting, format) =>
                // Word and PDF writers load when minutes are saved, not with the view.
                void import('./save-minutes.ts')
                  .then(({ saveMinutes }) => saveMinutes(host, doc, parliament, meeting, format))
                  .then(
                    (outcome) =>
                      outcome !== 'cancelled' && onNotice('info', outcome === 'printed' ? t('view.minutesPrinted') : t('view.minutesSaved', { date: when(meeting.date) })),
                    (error: unknown) => onNotice('error', t('view.minutesNotSaved', { reason: errorText(error) })),
                  )
              }
            />
          )}
          <section className="ratify-agenda" aria-labelledby="agenda-heading">
            <h3 id="agenda-heading">{t('view.motions')}</h3>
            {open.length === 0 && <p>{t('view.noVoteOpen')}</p>}
            {[...open, ...decided].map((motion) => (
              <MotionCard
                key={motion.id}
                motion={motion}
                summary={summary}
                myOrg={readOnly ? undefined : me?.org}
                onVote={(choice) => void vote(motion, choice)}
                onClose={() => void signed((k) => closeMotion(doc, k, motion.id, new Date(), store.present()))}
              />
            ))}
          </section>
        </div>
      </div>
      {confirm.dialog}
    </div>
  );
}
