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
import { keyFingerprint } from '../../src/ratify/signing.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { localDate, localDateTime } from '../../src/local-dates.ts';
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
      <h3 id="roster-heading">Roster</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Organization</th>
            <th scope="col">Delegate key</th>
          </tr>
        </thead>
        <tbody>
          {summary.roster.map((member) => (
            <tr key={member.org} data-testid="roster-row">
              <td>
                {member.name} ({member.short}){member === mine ? ' — you' : ''}
                {member.delegate ? `${member === mine ? ',' : ' —'} ${member.delegate}` : ''}
                {member.weight !== 1 ? ` · weight ${member.weight}` : ''}
              </td>
              <td>{member.fingerprint ? <code>{member.fingerprint}</code> : <em>not joined yet</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(enrolling || offered || replacement) && (
        <label className="ratify-name">
          Your name, as the record will show it{' '}
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={200} placeholder="First and last name" />
        </label>
      )}
      {enrolling && (
        <p>
          <button type="button" onClick={() => onEnrol(acting.org, name)}>
            Put this computer’s key on the roster for {acting.short}
          </button>
        </p>
      )}
      {offered && offeredBy && (
        <div className="ratify-offer" data-testid="hand-over-offer">
          <p>
            {offeredBy.short}’s delegate key <code>{keyFingerprint(offer.body.by)}</code> hands {offeredBy.short}’s seat to this computer’s key <code>{myFingerprint}</code>
            {offer.body.delegate ? `, naming its delegate “${offer.body.delegate}” (a name given above replaces it)` : ''}.
          </p>
          <button type="button" onClick={() => onAcceptHandOver(name)}>
            Take {offeredBy.short}’s seat
          </button>
        </div>
      )}
      {replacement && (
        <p>
          <button type="button" onClick={() => onTakeSeat(replacement.target, name)}>
            Take the seat the parliament gave this key ({replacement.targetLabel})
          </button>
        </p>
      )}
      {myKey !== '' && !mine && !offer && !replacement && acting && acting.key !== '' && (
        <div className="ratify-warning">
          <p>
            {acting.short}’s delegate key is <code>{acting.fingerprint}</code>; this computer’s key is <code>{myFingerprint}</code>. Only the key on the roster can vote for{' '}
            {acting.short}. To take its place, copy this computer’s key to the computer holding {acting.short}’s key (“Hand over to a new key”) or, if that key is lost, into a
            motion to replace it:
          </p>
          <p>
            <code className="ratify-key" data-testid="my-key">
              {myKey}
            </code>
          </p>
        </div>
      )}
      {!mine && !acting && former && (
        <p data-testid="former-member">
          {former.name} was {former.status} on {localDate(former.since)}: it no longer takes part in votes. Its votes cast before stay counted.
        </p>
      )}
      {!mine && !acting && !former && <p>Choose the organization you act for (at the top) to take part in votes.</p>}
      {summary.rosterLog.length > 0 && (
        <details>
          <summary>
            Roster history: {summary.rosterLog.length} {summary.rosterLog.length === 1 ? 'entry' : 'entries'}
            {refused.length > 0 ? `, ${refused.length} refused` : ''}
          </summary>
          <ol className="roster-log">
            {summary.rosterLog.map((entry, i) => (
              <li key={i} data-testid="roster-entry">
                {localDateTime(entry.at)}: {entry.short || 'unknown organization'} — key <code>{entry.fingerprint || '?'}</code>
                {entry.replaces ? ` replaces ${entry.replaces}` : ' (first key)'}
                {entry.valid ? '' : ` — REFUSED: ${entry.problem}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
