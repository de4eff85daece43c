/**
 * The ratification and provenance facts of a workspace, for the export builder: where each block stands
 * in the parliament's tally, the final motion on the whole text and its record, and the organizations
 * each block was drawn from.
 */
import type * as Y from 'yjs';
import { readParliament, type BlockStatus, type MotionReport, type Parliament } from '../ratify/parliament.ts';
import { ruleWords } from '../ratify/rules.ts';
import { keyFingerprint } from '../ratify/signing.ts';
import { readMeta } from '../workspace/workspace.ts';
import type { ProvenanceFacts, RatificationFacts } from './facts.ts';
import type { ClauseStatus, RecordRow, RecordVote } from './model.ts';
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

export function workspaceRatification(doc: Y.Doc, now: Date = new Date()): RatificationFacts {
  const parliament = readParliament(doc, now);
  const final = finalMotion(parliament);
  const record: RecordRow[] = final
    ? [...final.members].sort((a, b) => (parliament.organizations.get(a)?.short ?? a).localeCompare(parliament.organizations.get(b)?.short ?? b)).map((id) => {
        const org = parliament.organizations.get(id);
        const vote = final.votes.find((v) => v.org === id && v.standing === 'counted');
        const key = vote?.key ?? parliament.roster.keys.get(id)?.at(-1)?.key ?? '';
        return { organization: org?.name ?? id, short: org?.short ?? '', vote: vote ? RECORD_VOTE[vote.choice] : 'not voted', date: vote ? day(vote.castAt) : '', fingerprint: key ? keyFingerprint(key) : '' };
      })
    : [];
  const outcome = !final ? '' : final.status === 'passed' ? 'adopted' : final.status === 'failed' ? 'rejected' : final.status;
  return {
    statusOf: (id) => EXPORT_STATUS[parliament.standings.get(id)?.status ?? 'draft'],
    ratifiedText: (id) => {
      const standing = parliament.standings.get(id);
      return standing?.altered ? standing.lockedText : undefined;
    },
    finalMotion: final && { outcome, rule: ruleWords(final.rule), closedOn: final.closedAt ? day(final.closedAt) : '' },
    ratifiedOn: final?.status === 'passed' ? day(final.closedAt) : '',
    record,
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
