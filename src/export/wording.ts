/** The sentences every export format shares: the title page's date line, votes, the final motion, the block to sign and the appendix. */
import { longDate } from './dates.ts';
import type { ExportModel, MotionRecord, RecordVote, Signatories, Signatory } from './model.ts';

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

/** "Adopted at Leipzig on 14 March 2026." — as much of it as the coalition's record says. */
export function adoptionLine(signatories: Signatories): string {
  const where = signatories.place === '' ? '' : ` at ${signatories.place}`;
  const when = signatories.adoptedOn === '' ? '' : ` on ${longDate(signatories.adoptedOn)}`;
  return `Adopted${where}${when}.`;
}

/** "Carla, delegate of the Socialist Workers Party (SWP)"; without a signed name, "Delegate of …". */
export function signatoryCaption(signatory: Signatory): string {
  const of = `delegate of ${signatory.organization}${signatory.short ? ` (${signatory.short})` : ''}`;
  return signatory.delegate === '' ? `${of.charAt(0).toUpperCase()}${of.slice(1)}` : `${signatory.delegate}, ${of}`;
}

/** Who chaired the parliament when the text was adopted. */
export function chairLine(signatories: Signatories): string {
  return signatories.chair ? `Chair of the parliament: ${signatoryCaption(signatories.chair)}.` : 'The parliament had no chair when the text was adopted.';
}

export const SIGNATURES_TITLE = 'Signatures';
export const APPENDIX_TITLE = 'Appendix: votes on clauses and articles';
export const CHAPTERS_TITLE = 'Member organizations and their chapters';
export const COMBINED_TITLE = 'Combined coalition chapters';

/** "SWP New York (headquarters) — New York, NY, United States — as Coalition of the Left — New York" */
export function chapterLine(chapter: { localName: string; coalitionName: string; place: string; headquarters: boolean }): string {
  return `${chapter.localName}${chapter.headquarters ? ' (headquarters)' : ''} — ${chapter.place}${chapter.coalitionName ? ` — as ${chapter.coalitionName}` : ''}`;
}

/** "Coalition of the Left — New York (New York, NY, United States): SWP New York (SWP); DFA New York City (DFA)" */
export function combinedLine(combined: { coalitionName: string; place: string; members: string[] }): string {
  return `${combined.coalitionName} (${combined.place}): ${combined.members.join('; ')}`;
}

/** "Article I (1)", or "Amendment of Article I (1)": what a motion of the appendix was on. */
export function motionHeading(motion: MotionRecord): string {
  const place = motion.blocks[0]?.place ?? 'A block no longer in the text';
  return motion.kind === 'amendment' ? `Amendment of ${place}` : place;
}

/** "Failed: 1 yes, 1 no, …; a majority of votes cast required. Closed on 2 December 2026." */
export function resultLine(motion: MotionRecord): string {
  return `${motion.result} Closed on ${longDate(motion.closedOn)}.`;
}

/** The text a motion was on, numbered: one line per block ("(1) Members pay dues."), an amendment's new wording last. */
export function motionTextLines(motion: MotionRecord): string[] {
  const lines = motion.blocks.length === 1 ? motion.blocks.map((b) => b.text) : motion.blocks.map((b) => (b.label === '' ? b.text : `${b.label} ${b.text}`));
  return motion.kind === 'amendment' ? [...lines, `New wording: ${motion.newText}`] : lines;
}
