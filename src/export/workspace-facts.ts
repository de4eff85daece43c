/**
 * The ratification and provenance facts of a workspace, for the export builder: where each block stands
 * in the parliament's tally, the final motion on the whole text and its record, who signs (the place and
 * date of adoption, the chair, each member's delegate by the name their seat signed), every decided
 * motion on a clause or an article with each organization's vote, and the organizations each block was
 * drawn from. The rule and result sentences are worded by the `t` passed in (the export's language).
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { signedDelegate, readParliament, type BlockStatus, type MotionReport, type Parliament } from '../ratify/parliament.ts';
import { summarizeParliament, type MotionSummary } from '../ratify/summary.ts';
import { explainOutcome, ruleWords } from '../ratify/rules.ts';
import { keyFingerprint } from '../ratify/signing.ts';
import { readMeta } from '../workspace/workspace.ts';
import type { ProvenanceFacts, RatificationFacts } from './facts.ts';
import type { ClauseStatus, MotionRecord, RecordRow, RecordVote, Signatories, Signatory } from './model.ts';
import { ratificationRecord, type RatificationRecord } from './record.ts';
import { provenanceFacts } from '../provenance/export-facts.ts';

const EXPORT_STATUS: Readonly<Record<BlockStatus, ClauseStatus>> = {
  draft: 'draft',
  'under-vote': 'under-vote',
  agreed: 'agreed',
  ratified: 'ratified',
  rejected: 'rejected',
  void: 'void',
};

const RECORD_VOTE = { yes: 'for', no: 'against', abstain: 'abstain' } as const satisfies Record<string, RecordVote>;

/** The latest valid motion on the whole text: the one whose outcome the export reports. */
export function finalMotion(parliament: Parliament): MotionReport | undefined {
  return parliament.motions.filter((m) => m.kind === 'constitution' && m.status !== 'invalid').at(-1);
}

const day = (iso: string): string => iso.slice(0, 10);

/** When the text was adopted: the whole text's ratification, else the last closing that ratified a part. */
function adoptionTime(parliament: Parliament, final: MotionReport | undefined): string {
  if (final?.status === 'passed') return final.closedAt;
  const ratifying = parliament.motions.filter((m) => m.status === 'passed' && (m.kind === 'clause' || m.kind === 'article' || m.kind === 'amendment'));
  return (
    ratifying
      .map((m) => m.closedAt)
      .sort()
      .at(-1) ?? ''
  );
}

function signatories(parliament: Parliament, final: MotionReport | undefined): Signatories {
  const at = adoptionTime(parliament, final);
  const when = at === '' ? undefined : at;
  const signatory = (org: string): Signatory => {
    const known = parliament.organizations.get(org);
    return { organization: known?.name ?? org, short: known?.short ?? '', delegate: signedDelegate(parliament.roster, org, when) };
  };
  const members = final?.status === 'passed' ? final.members : parliament.members.map((m) => m.org);
  const chair = when === undefined ? parliament.chair : parliament.chairs.findLast((c) => c.from <= when && when < c.until);
  return {
    place: parliament.settings.place ?? '',
    adoptedOn: day(at),
    chair: chair ? signatory(chair.org) : undefined,
    delegates: [...members].map(signatory).sort((a, b) => a.organization.localeCompare(b.organization)),
  };
}

const APPENDIX_KINDS: ReadonlySet<MotionSummary['kind']> = new Set(['clause', 'article', 'amendment']);

function isAppendixKind(kind: MotionSummary['kind']): kind is MotionRecord['kind'] {
  return APPENDIX_KINDS.has(kind);
}

/** Every decided motion on a clause or an article: its text numbered, its result in words, each member's vote. */
function motionRecords(doc: Y.Doc, parliament: Parliament, now: Date, t: TFunction<'core'>): MotionRecord[] {
  const summary = summarizeParliament(doc, now, parliament);
  const reports = new Map(parliament.motions.map((m) => [m.id, m]));
  const exportedVoid = t('appendix.void', { ns: 'exported' });
  // The result in the export's language, worded again from the motion's figures (the tally's words are English).
  const resultOf = (id: string, fallback: string): string => {
    const report = reports.get(id);
    if (report?.status === 'void') return exportedVoid;
    return report?.outcome ? explainOutcome(report.rule, report.outcome, t) : fallback;
  };
  const nameOf = (org: string): { organization: string; short: string } => {
    const known = summary.organizations.find((o) => o.org === org);
    return { organization: known?.name ?? org, short: known?.short ?? '' };
  };
  return summary.motions.flatMap((motion): MotionRecord[] => {
    const kind = motion.kind;
    if (!isAppendixKind(kind) || motion.closedAt === '' || motion.status === 'invalid') return [];
    const counted = new Map(motion.votes.filter((v) => v.standing === 'counted').map((v) => [v.org, v.choice]));
    const votes = motion.members
      .map((org) => {
        const choice = counted.get(org);
        return { ...nameOf(org), vote: choice === undefined ? ('not voted' as const) : RECORD_VOTE[choice] };
      })
      .sort((a, b) => a.organization.localeCompare(b.organization));
    return [{ kind, blocks: motion.numbered, newText: motion.newText, result: resultOf(motion.id, motion.explanation), closedOn: day(motion.closedAt), votes }];
  });
}

export function workspaceRatification(doc: Y.Doc, now: Date, t: TFunction<'core'>): RatificationFacts {
  const parliament = readParliament(doc, now);
  const final = finalMotion(parliament);
  const record: RecordRow[] = final
    ? [...final.members]
        .sort((a, b) => (parliament.organizations.get(a)?.short ?? a).localeCompare(parliament.organizations.get(b)?.short ?? b))
        .map((id) => {
          const org = parliament.organizations.get(id);
          const vote = final.votes.find((v) => v.org === id && v.standing === 'counted');
          const key = vote?.key ?? parliament.roster.keys.get(id)?.at(-1)?.key ?? '';
          return {
            organization: org?.name ?? id,
            short: org?.short ?? '',
            vote: vote ? RECORD_VOTE[vote.choice] : 'not voted',
            date: vote ? day(vote.castAt) : '',
            fingerprint: key ? keyFingerprint(key) : '',
          };
        })
    : [];
  const outcome = !final ? '' : final.status === 'passed' ? 'adopted' : final.status === 'failed' ? 'rejected' : final.status;
  const signing = signatories(parliament, final);
  const motions = motionRecords(doc, parliament, now, t);
  return {
    statusOf: (id) => EXPORT_STATUS[parliament.standings.get(id)?.status ?? 'draft'],
    ratifiedText: (id) => {
      const standing = parliament.standings.get(id);
      return standing?.altered ? standing.lockedText : undefined;
    },
    finalMotion: final && { outcome, rule: ruleWords(final.rule, t), closedOn: final.closedAt ? day(final.closedAt) : '' },
    ratifiedOn: final?.status === 'passed' ? day(final.closedAt) : '',
    record,
    signatories: signing,
    motions,
  };
}

export function workspaceProvenance(doc: Y.Doc): ProvenanceFacts {
  return provenanceFacts(doc);
}

/** The signed record of the final motion on the whole text, once it is decided. */
export function workspaceRecord(doc: Y.Doc, now: Date = new Date()): RatificationRecord | undefined {
  const parliament = readParliament(doc, now);
  const final = finalMotion(parliament);
  if (!final || (final.status !== 'passed' && final.status !== 'failed')) return undefined;
  return ratificationRecord(parliament, final, readMeta(doc).name);
}
