/**
 * One motion on the agenda: what it is on (the text voted, numbered as the constitution numbers it and
 * laid out by its structure, or an amendment's word diff), its status and
 * result in words, the live count per organization with every rejected vote and its reason, the voting
 * buttons for this delegate (their vote can change until the close) and, for the chair, closing the vote.
 * Dates are in the user's locale.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import type { MotionSummary, NumberedText, TallySummary } from '../../src/ratify/summary.ts';
import { voidWords } from '../../src/ratify/void-cause.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import { useDates, type DateText } from './dates.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

interface Props {
  motion: MotionSummary;
  summary: TallySummary;
  /** The organization this computer's key votes for, if it is on the roster. */
  myOrg: string | undefined;
  onVote(choice: Choice): void;
  onClose(): void;
}

/**
 * The text voted on: one block with where it stands ("Article I (1) …"), or several laid out as the
 * constitution is, in a box that scrolls (and takes the keyboard's focus to scroll) when it is long.
 */
function VotedText({ blocks, label }: { blocks: readonly NumberedText[]; label: string }): ReactNode {
  const { t } = useTranslation('ratify');
  if (blocks.length === 0) return null;
  const [only] = blocks;
  if (blocks.length === 1 && only) {
    return (
      <blockquote className="motion-text" data-testid="motion-text">
        <span className="motion-place">{only.place}</span> {only.text}
      </blockquote>
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a long text scrolls inside the card, and keyboard users scroll it once it has focus
    <blockquote className="motion-text motion-structured" data-testid="motion-text" tabIndex={0} aria-label={t('motionCard.votedText', { target: label })}>
      {blocks
        .filter((block) => block.text.trim() !== '')
        .map((block) => (
          <p key={block.id} className={`voted-${block.type}`}>
            {block.label !== '' && <span className="motion-place">{block.label}</span>} {block.text}
          </p>
        ))}
    </blockquote>
  );
}

/** "14:02" today, with the date on another day. */
function clock(iso: string, when: DateText, t: TFunction<'ratify'>): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = when(iso, 'clock');
  return date.toDateString() === new Date().toDateString() ? time : t('motionCard.clockOnDay', { time, date: when(iso, 'numericDate') });
}

export function MotionCard({ motion, summary, myOrg, onVote, onClose }: Props): ReactNode {
  const { t } = useTranslation('ratify');
  const when = useDates();
  const counted = new Map(motion.votes.filter((v) => v.standing === 'counted').map((v) => [v.org, v]));
  const rejected = motion.votes.filter((v) => v.standing === 'rejected');
  const mine = myOrg ? counted.get(myOrg)?.choice : undefined;
  const open = motion.status === 'open';
  const isChair = myOrg !== undefined && summary.chair?.org === myOrg;
  const headingId = `motion-${motion.id}`;
  const members = motion.members
    .map((org) => ({ org, known: summary.organizations.find((o) => o.org === org) }))
    .sort((a, b) => (a.known?.short ?? a.org).localeCompare(b.known?.short ?? b.org));
  return (
    <article className={`motion motion-${motion.status}`} aria-labelledby={headingId} data-testid="motion" data-motion-id={motion.id}>
      <header>
        <h4 id={headingId}>{motion.kind === 'amendment' ? t('motionCard.amendment', { target: motion.targetLabel }) : motion.targetLabel}</h4>
        <span className={`motion-status status-${motion.status}`} data-testid="motion-status">
          {t(`motionCard.statuses.${motion.status}`)}
        </span>
      </header>
      {motion.kind === 'amendment' ? (
        <>
          <p className="motion-place">{motion.numbered[0]?.place}</p>
          <DiffText spans={wordDiff(motion.text, motion.newText).spans} testId="motion-diff" />
        </>
      ) : (
        <VotedText blocks={motion.numbered} label={motion.targetLabel} />
      )}
      {motion.kind === 'replace-key' && (
        <p>
          {t('motionCard.newKey')} <code>{motion.subject}</code>
        </p>
      )}
      <p className="motion-explanation" data-testid="motion-explanation">
        {motion.changedBy ? voidWords(motion.changedBy, clock(motion.changedBy.at, when, t)) : motion.explanation}
      </p>
      <p className="motion-meta">
        {t('motionCard.rule', { rule: motion.rule })}{' '}
        {open ? t('motionCard.closes', { when: when(motion.closesAt) }) : motion.closedAt ? t('motionCard.closed', { when: when(motion.closedAt) }) : ''}
        {motion.present.length > 0 &&
          ` ${t('motionCard.present', {
            orgs: motion.present
              .map((org) => summary.organizations.find((o) => o.org === org)?.short ?? org)
              .sort()
              .join(', '),
          })}`}
      </p>
      <table className="motion-count">
        <caption className="sr-only">{t('motionCard.votesByOrganization')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('motionCard.organization')}</th>
            <th scope="col">{t('motionCard.vote')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ org, known }) => {
            const vote = counted.get(org);
            const gone = known && known.status !== 'member' ? t(`motionCard.${known.status}`, { date: when(known.since, 'date') }) : '';
            return (
              <tr key={org} data-testid="count-row" className={gone ? 'is-former' : undefined}>
                <td>
                  {known?.short ?? org}
                  {gone && <span className="muted"> ({gone})</span>}
                </td>
                <td>{vote ? t(`motionCard.choices.${vote.choice}`) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rejected.length > 0 && (
        <div className="motion-rejected">
          <p>{t('motionCard.rejectedVotes')}</p>
          <ul>
            {rejected.map((vote, i) => (
              <li key={i} data-testid="rejected-vote">
                {t('motionCard.rejectedVote', { org: vote.short || t('motionCard.unknown'), choice: vote.choice, reason: vote.reason })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open && myOrg && (
        <div className="motion-vote" role="group" aria-label={t('motionCard.yourVote', { target: motion.targetLabel })}>
          {CHOICES.map((choice) => (
            <button key={choice} type="button" aria-pressed={mine === choice} className={mine === choice ? 'is-chosen' : ''} onClick={() => onVote(choice)}>
              {t(`motionCard.choices.${choice}`)}
            </button>
          ))}
          {isChair && (
            <button type="button" className="motion-close" onClick={onClose}>
              {t('motionCard.close')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
