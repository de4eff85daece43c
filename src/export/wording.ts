/** The sentences every export format shares: the title page's date line, votes, the final motion. */
import { longDate } from './dates.ts';
import type { ExportModel, RecordVote } from './model.ts';

/** "Ratified on 12 March 2026", or what the export is when the whole text has not been ratified. */
export function dateLine(model: ExportModel): string {
  if (model.mode === 'draft') {
    const ratified = model.ratifiedOn ? `; the text was ratified on ${longDate(model.ratifiedOn)}` : '';
    return `Draft with status marks, as of ${longDate(model.exportedOn)}${ratified}`;
  }
  return model.ratifiedOn ? `Ratified on ${longDate(model.ratifiedOn)}` : `Ratified clauses as of ${longDate(model.exportedOn)}`;
}

export const VOTE_LABELS: Readonly<Record<RecordVote, string>> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstained',
  'not voted': 'Did not vote',
};

/** The sentence above the record's table. */
export function motionLine(model: ExportModel): string {
  const motion = model.finalMotion;
  if (!motion) return 'No motion to ratify the whole text has been put to a vote yet.';
  const count = (vote: RecordVote): number => model.record.filter((row) => row.vote === vote).length;
  const tally = `${count('for')} for, ${count('against')} against, ${count('abstain')} abstaining, ${count('not voted')} not voting`;
  const rule = motion.rule ? ` under the rule "${motion.rule}"` : '';
  if (!motion.closedOn) return `The motion to ratify the whole text is still open${rule}; so far ${tally}.`;
  return `The motion to ratify the whole text was ${motion.outcome} on ${longDate(motion.closedOn)}${rule}: ${tally}.`;
}
