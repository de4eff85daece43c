/**
 * The coalition's roster: each member organization and the fingerprint of its delegate's key (which people
 * compare aloud), the roster's history (every key bound or replaced, and each refused entry with why), and
 * — for a delegate whose key is not on the roster yet — the button that puts it there for their organization.
 */
import type { ReactNode } from 'react';
import type { TallySummary } from '../../src/ratify/summary.ts';

interface Props {
  summary: TallySummary;
  /** This computer's key (hex) and its fingerprint; "" until known. */
  myKey: string;
  myFingerprint: string;
  /** The organization this delegate acts for, if known. */
  actingFor: string | undefined;
  onEnrol(org: string): void;
}

export function RosterPanel({ summary, myKey, myFingerprint, actingFor, onEnrol }: Props): ReactNode {
  const mine = summary.roster.find((m) => m.key !== '' && m.key === myKey);
  const acting = summary.roster.find((m) => m.org === actingFor);
  const refused = summary.rosterLog.filter((e) => !e.valid);
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
                {member.weight !== 1 ? ` · weight ${member.weight}` : ''}
              </td>
              <td>{member.fingerprint ? <code>{member.fingerprint}</code> : <em>not joined yet</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!mine && acting && acting.key === '' && (
        <p>
          <button type="button" onClick={() => onEnrol(acting.org)}>
            Put this computer’s key on the roster for {acting.short}
          </button>
        </p>
      )}
      {!mine && acting && acting.key !== '' && (
        <p className="ratify-warning">
          {acting.short}’s delegate key is <code>{acting.fingerprint}</code>; this computer’s key is <code>{myFingerprint}</code>. Only the key on the roster
          can vote for {acting.short}, and only it can hand its place to another.
        </p>
      )}
      {!mine && !acting && <p>Choose the organization you act for (at the top) to take part in votes.</p>}
      {summary.rosterLog.length > 0 && (
        <details>
          <summary>
            Roster history: {summary.rosterLog.length} {summary.rosterLog.length === 1 ? 'entry' : 'entries'}
            {refused.length > 0 ? `, ${refused.length} refused` : ''}
          </summary>
          <ol className="roster-log">
            {summary.rosterLog.map((entry, i) => (
              <li key={i} data-testid="roster-entry">
                {new Date(entry.at).toLocaleString()}: {entry.short || 'unknown organization'} — key <code>{entry.fingerprint || '?'}</code>
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
