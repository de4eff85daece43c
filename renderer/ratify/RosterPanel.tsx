/**
 * The coalition's roster: each member organization and the fingerprint of its delegate's key (which people
 * compare aloud), the roster's history (every key bound or replaced, and each refused entry with why), and
 * — for a delegate whose key is not on the roster yet — the button that puts it there for their
 * organization, or, when another key holds that seat, this computer's key to copy to the old one (which
 * hands the seat over) or into a motion replacing a lost key, and the button that takes the seat once
 * the hand-over is offered or the motion has passed. Taking a seat signs the delegate's name with it
 * (the name the record and the exports show), asked for beside the button.
 */
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { keyFingerprint } from '../../src/ratify/signing.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { useDates } from './dates.ts';
import type { HandOverOffer } from './hand-over.ts';

interface Props {
  summary: TallySummary;
  /** This computer's key (hex) and its fingerprint; "" until known. */
  myKey: string;
  myFingerprint: string;
  /** The organization this delegate acts for, if known. */
  actingFor: string | undefined;
  /** A hand-over of a seat offered to this computer's key. */
  offer: HandOverOffer | null;
  /** The name to offer for signing with a seat (the one this delegate gave before, if any). */
  defaultName: string;
  /** Each takes the seat and signs `name` ("" for none) with it. */
  onEnrol(org: string, name: string): void;
  onAcceptHandOver(name: string): void;
  /** Take the seat a passed motion gave this computer's key. */
  onTakeSeat(org: string, name: string): void;
}

export function RosterPanel({ summary, myKey, myFingerprint, actingFor, offer, defaultName, onEnrol, onAcceptHandOver, onTakeSeat }: Props): ReactNode {
  const { t } = useTranslation('ratify');
  const when = useDates();
  const [name, setName] = useState(defaultName);
  const mine = summary.roster.find((m) => m.key !== '' && m.key === myKey);
  const acting = summary.roster.find((m) => m.org === actingFor);
  const refused = summary.rosterLog.filter((e) => !e.valid);
  const former = summary.organizations.find((o) => o.org === actingFor && o.status !== 'member');
  const offeredBy = offer ? summary.roster.find((m) => m.org === offer.body.org) : undefined;
  const replacement = mine
    ? undefined
    : summary.motions.find(
        (m) => m.kind === 'replace-key' && m.status === 'passed' && m.subject === myFingerprint && summary.roster.some((r) => r.org === m.target && r.key !== myKey),
      );
  const enrolling = !mine && acting !== undefined && acting.key === '';
  const offered = !mine && offer !== null && offeredBy !== undefined;
  return (
    <section className="ratify-roster" aria-labelledby="roster-heading">
      <h3 id="roster-heading">{t('roster.heading')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('roster.organization')}</th>
            <th scope="col">{t('roster.delegateKey')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.roster.map((member) => (
            <tr key={member.org} data-testid="roster-row">
              <td>
                {member.name} ({member.short}){member === mine ? t('roster.you') : ''}
                {member.delegate ? `${member === mine ? ',' : ' —'} ${member.delegate}` : ''}
                {member.weight !== 1 ? t('roster.weight', { weight: member.weight }) : ''}
              </td>
              <td>{member.fingerprint ? <code>{member.fingerprint}</code> : <em>{t('roster.notJoined')}</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(enrolling || offered || replacement) && (
        <label className="ratify-name">
          {t('roster.yourName')}{' '}
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={200} placeholder={t('roster.namePlaceholder')} />
        </label>
      )}
      {enrolling && (
        <p>
          <button type="button" onClick={() => onEnrol(acting.org, name)}>
            {t('roster.enrol', { short: acting.short })}
          </button>
        </p>
      )}
      {offered && offeredBy && (
        <div className="ratify-offer" data-testid="hand-over-offer">
          <p>
            <Trans
              t={t}
              i18nKey={offer.body.delegate ? 'roster.offerNaming' : 'roster.offer'}
              values={{ short: offeredBy.short, theirs: keyFingerprint(offer.body.by), mine: myFingerprint, delegate: offer.body.delegate }}
              components={[<code key="theirs" />, <code key="mine" />]}
            />
          </p>
          <button type="button" onClick={() => onAcceptHandOver(name)}>
            {t('roster.take', { short: offeredBy.short })}
          </button>
        </div>
      )}
      {replacement && (
        <p>
          <button type="button" onClick={() => onTakeSeat(replacement.target, name)}>
            {t('roster.takeGiven', { target: replacement.targetLabel })}
          </button>
        </p>
      )}
      {myKey !== '' && !mine && !offer && !replacement && acting && acting.key !== '' && (
        <div className="ratify-warning">
          <p>
            <Trans
              t={t}
              i18nKey="roster.otherKey"
              values={{ short: acting.short, theirs: acting.fingerprint, mine: myFingerprint }}
              components={[<code key="theirs" />, <code key="mine" />]}
            />
          </p>
          <p>
            <code className="ratify-key" data-testid="my-key">
              {myKey}
            </code>
          </p>
        </div>
      )}
      {!mine && !acting && former && (
        <p data-testid="former-member">{t(former.status === 'removed' ? 'roster.removed' : 'roster.withdrawn', { name: former.name, date: when(former.since, 'date') })}</p>
      )}
      {!mine && !acting && !former && <p>{t('roster.chooseOrganization')}</p>}
      {summary.rosterLog.length > 0 && (
        <details>
          <summary>{t(refused.length > 0 ? 'roster.historyRefused' : 'roster.history', { count: summary.rosterLog.length, refused: refused.length })}</summary>
          <ol className="roster-log">
            {summary.rosterLog.map((entry, i) => (
              <li key={i} data-testid="roster-entry">
                <Trans
                  t={t}
                  i18nKey={entry.replaces ? (entry.valid ? 'roster.entryReplaces' : 'roster.entryReplacesRefused') : entry.valid ? 'roster.entryFirst' : 'roster.entryFirstRefused'}
                  values={{
                    when: when(entry.at),
                    short: entry.short || t('roster.unknownOrganization'),
                    fingerprint: entry.fingerprint || '?',
                    previous: entry.replaces,
                    problem: entry.problem,
                  }}
                  components={[<code key="fingerprint" />]}
                />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
