/**
 * A motion to combine member organizations' chapters in one city into one coalition chapter. What it
 * proposes travels signed in the motion's `newText` as canonical JSON: the place, the combined chapter's
 * coalition name, and each chapter combined with its organization and local name — so the combined
 * chapter keeps every organization's local name as signed, whatever the unsigned `chapters` root says
 * later. The fold (parliament.ts) refuses an opening whose proposal is malformed or names fewer than two
 * member organizations; src/chapters/combined.ts reads the passed ones.
 */
import type { TFunction } from 'i18next';
import * as z from 'zod';
import { canonicalJson } from './statement.ts';
import type { record } from '../i18n/catalogs/en/record.ts';

const field = z.string().max(200);

const proposalSchema = z.object({
  city: field.min(1),
  region: field,
  country: field.min(1),
  coalitionName: field.min(1),
  chapters: z
    .array(z.object({ chapter: field.min(1), org: z.string().min(1).max(80), localName: field.min(1) }))
    .min(2)
    .max(500),
});
export type CombineProposal = z.infer<typeof proposalSchema>;

/** The proposal a combine motion carries, or undefined when its text is not one (or not in canonical form). */
export function readCombineProposal(newText: string): CombineProposal | undefined {
  try {
    const parsed = proposalSchema.safeParse(JSON.parse(newText));
    return parsed.success && canonicalJson(parsed.data) === newText ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The text a combine motion signs for `proposal`. */
export function combineText(proposal: CombineProposal): string {
  return canonicalJson(proposal);
}

/** The motion's target: the place, in one string ("New York|New York|United States"). */
export function combineTarget(proposal: Pick<CombineProposal, 'city' | 'region' | 'country'>): string {
  return [proposal.city, proposal.region, proposal.country].join('|').slice(0, 200);
}

/** What can make a proposal impossible to put to the parliament: a key of the `record` catalog's `combine` (as the fold finds it signed) and of the `errors` catalog's `ratify.bad-combine` (as said to the delegate opening it). */
export type CombineFlaw = keyof typeof record.combine;

/** Why a proposal cannot be put to the parliament whose members are `isMember`, or undefined. */
export function combineProblem(proposal: CombineProposal | undefined, target: string, isMember: (org: string) => boolean): CombineFlaw | undefined {
  if (!proposal) return 'noChapters';
  if (combineTarget(proposal) !== target) return 'otherPlace';
  const orgs = new Set(proposal.chapters.map((c) => c.org));
  if (orgs.size < 2) return 'fewerThanTwo';
  if (new Set(proposal.chapters.map((c) => c.chapter)).size !== proposal.chapters.length) return 'chapterTwice';
  for (const org of orgs) if (!isMember(org)) return 'notMember';
  return undefined;
}

/** "Combine the chapters in New York (SWP: New York Local; DFA: DFA New York) as Coalition of the Left — New York", in `t`'s language. */
export function combineLabel(newText: string, shortOf: (org: string) => string, t: TFunction<'core'>): string {
  const proposal = readCombineProposal(newText);
  if (!proposal) return t('motion.combineUnreadable');
  const chapters = proposal.chapters.map((c) => t('motion.combineChapter', { short: shortOf(c.org), name: c.localName })).join('; ');
  return t('motion.combine', { city: proposal.city, chapters, name: proposal.coalitionName });
}
