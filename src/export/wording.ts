/**
 * The sentences every export format shares, in the export's language (the `exported` namespace): the title
 * page's date line, votes, the final motion, the block to sign and the appendix. Each renderer takes the
 * words of its model's language once (`wordsFor(model.language)`) and hands them to these.
 */
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { longDate } from './dates.ts';
import type { ClauseStatus, ExportModel, MotionRecord, RecordVote, Signatories, Signatory } from './model.ts';

/** An export's words: the translator of its language and its long dates. */
export interface Words {
  language: Language;
  t: TFunction<'exported'>;
  /** The core's words in the same language: numbering ("Article I"). */
  core: TFunction<'core'>;
  /** "2026-03-12" → "12 March 2026" in the language. */
  date: (iso: string) => string;
}

export function wordsFor(language: Language): Words {
  return { language, t: i18n.getFixedT(language, 'exported'), core: i18n.getFixedT(language, 'core'), date: (iso) => longDate(iso, language) };
}

/** "Ratified on 12 March 2026", or what the export is when the whole text has not been ratified. */
export function dateLine(w: Words, model: ExportModel): string {
  if (model.mode === 'draft') {
    const date = w.date(model.exportedOn);
    return model.ratifiedOn ? w.t('date.draftRatified', { date, ratified: w.date(model.ratifiedOn) }) : w.t('date.draft', { date });
  }
  return model.ratifiedOn ? w.t('date.ratified', { date: w.date(model.ratifiedOn) }) : w.t('date.ratifiedClauses', { date: w.date(model.exportedOn) });
}

const VOTE_KEYS = { for: 'for', against: 'against', abstain: 'abstain', 'not voted': 'notVoted' } as const satisfies Record<RecordVote, string>;

/** "For", "Against", "Abstained", "Did not vote". */
export function voteLabel(w: Words, vote: RecordVote): string {
  return w.t(`vote.${VOTE_KEYS[vote]}`);
}

const STATUS_KEYS = {
  draft: 'draft',
  'under-vote': 'underVote',
  agreed: 'agreed',
  ratified: 'ratified',
  rejected: 'rejected',
  void: 'void',
} as const satisfies Record<ClauseStatus, string>;

/** How a status reads in an exported draft: "under vote". */
export function statusLabel(w: Words, status: ClauseStatus): string {
  return w.t(`status.${STATUS_KEYS[status]}`);
}

/** The outcome of the final motion in words, where the catalog has it ("adopted"); otherwise as the model says it. */
function outcomeWords(w: Words, outcome: string): string {
  return outcome === 'adopted' || outcome === 'rejected' || outcome === 'void' ? w.t(`record.outcome.${outcome}`) : outcome;
}

/** The sentence above the record's table. */
export function motionLine(w: Words, model: ExportModel): string {
  const motion = model.finalMotion;
  if (!motion) return w.t('record.none');
  const count = (vote: RecordVote): number => model.record.filter((row) => row.vote === vote).length;
  const tally = w.t('record.tally', { for: count('for'), against: count('against'), abstain: count('abstain'), notVoting: count('not voted') });
  const rule = motion.rule;
  if (!motion.closedOn) return rule ? w.t('record.openRule', { rule, tally }) : w.t('record.open', { tally });
  const closed = { outcome: outcomeWords(w, motion.outcome), date: w.date(motion.closedOn), tally };
  return rule ? w.t('record.closedRule', { ...closed, rule }) : w.t('record.closed', closed);
}

/** "Adopted at Leipzig on 14 March 2026." — as much of it as the coalition's record says. */
export function adoptionLine(w: Words, signatories: Signatories): string {
  const place = signatories.place;
  const date = signatories.adoptedOn === '' ? '' : w.date(signatories.adoptedOn);
  if (place === '') return date === '' ? w.t('signatures.adopted') : w.t('signatures.adoptedOn', { date });
  return date === '' ? w.t('signatures.adoptedAt', { place }) : w.t('signatures.adoptedAtOn', { place, date });
}

/** "Carla, delegate of the Socialist Workers Party (SWP)"; without a signed name, "Delegate of …". */
export function signatoryCaption(w: Words, signatory: Signatory): string {
  const organization = signatory.short ? w.t('signatures.organization', { name: signatory.organization, short: signatory.short }) : signatory.organization;
  return signatory.delegate === '' ? w.t('signatures.delegateUnnamed', { organization }) : w.t('signatures.delegate', { name: signatory.delegate, organization });
}

/** Who chaired the parliament when the text was adopted. */
export function chairLine(w: Words, signatories: Signatories): string {
  return signatories.chair ? w.t('signatures.chair', { caption: signatoryCaption(w, signatories.chair) }) : w.t('signatures.noChair');
}

/** "SWP New York (headquarters) — New York, NY, United States — as Coalition of the Left — New York" */
export function chapterLine(w: Words, chapter: { localName: string; coalitionName: string; place: string; headquarters: boolean }): string {
  const name = chapter.headquarters ? w.t('chapters.headquarters', { name: chapter.localName }) : chapter.localName;
  return chapter.coalitionName
    ? w.t('chapters.chapterAs', { name, place: chapter.place, coalition: chapter.coalitionName })
    : w.t('chapters.chapter', { name, place: chapter.place });
}

/** "Coalition of the Left — New York (New York, NY, United States): SWP New York (SWP); DFA New York City (DFA)" */
export function combinedLine(combined: { coalitionName: string; place: string; members: string[] }): string {
  return `${combined.coalitionName} (${combined.place}): ${combined.members.join('; ')}`;
}

/** "Article I (1)", or "Amendment of Article I (1)": what a motion of the appendix was on. */
export function motionHeading(w: Words, motion: MotionRecord): string {
  const place = motion.blocks[0]?.place ?? w.t('appendix.gone');
  return motion.kind === 'amendment' ? w.t('appendix.amendment', { place }) : place;
}

/** "Failed: 1 yes, 1 no, …; a majority of votes cast required. Closed on 2 December 2026." */
export function resultLine(w: Words, motion: MotionRecord): string {
  return w.t('appendix.result', { result: motion.result, date: w.date(motion.closedOn) });
}

/** The text a motion was on, numbered: one line per block ("(1) Members pay dues."), an amendment's new wording last. */
export function motionTextLines(w: Words, motion: MotionRecord): string[] {
  const lines = motion.blocks.length === 1 ? motion.blocks.map((b) => b.text) : motion.blocks.map((b) => (b.label === '' ? b.text : `${b.label} ${b.text}`));
  return motion.kind === 'amendment' ? [...lines, w.t('appendix.newWording', { text: motion.newText })] : lines;
}

/** "page 3 of 12" in pieces around the printer's two counters, for CSS `content` and Word's fields. */
export function pageOfParts(w: Words): Array<string | { counter: 'page' | 'pages' }> {
  // Two private-use characters stand for the counters while the sentence is translated, then split it.
  const PAGE = '\uE000';
  const PAGES = '\uE001';
  const parts: Array<string | { counter: 'page' | 'pages' }> = [];
  for (const piece of w.t('pageOf', { page: PAGE, pages: PAGES }).split(/([\uE000\uE001])/)) {
    if (piece === PAGE) parts.push({ counter: 'page' });
    else if (piece === PAGES) parts.push({ counter: 'pages' });
    else if (piece !== '') parts.push(piece);
  }
  return parts;
}
