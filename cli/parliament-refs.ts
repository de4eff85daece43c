/**
 * What the parliament's commands name on the command line, found in the workspace: an organization by its
 * short name or id (before founding among the workspace's organizations, after it among those the signed
 * statements know), a motion or a meeting by its id or the first characters of it (a meeting also as
 * `latest`).
 */
import type * as Y from 'yjs';
import type { MeetingReport, MotionReport, Parliament } from '../src/ratify/parliament.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import { requireOrganization } from '../src/workspace/workspace.ts';

/** The id of the organization `ref` names. */
export function organizationId(doc: Y.Doc, parliament: Parliament, ref: string): string {
  if (!parliament.founded) return requireOrganization(doc, ref).id;
  const wanted = ref.toLowerCase();
  const known = [...parliament.organizations.values()].find((o) => o.org === ref || o.short.toLowerCase() === wanted);
  if (!known) throw new ConcordError('org.unknown.short', { ref });
  return known.org;
}

/** The short name of an organization id, for messages. */
export function shortName(parliament: Parliament, org: string): string {
  return parliament.organizations.get(org)?.short ?? org;
}

const MIN_PREFIX = 8;

/** The motion whose id is `ref`, or starts with it (at least 8 characters, and only one motion). */
export function findMotion(parliament: Parliament, ref: string): MotionReport {
  const wanted = ref.toLowerCase();
  const exact = parliament.motions.find((m) => m.id === wanted);
  if (exact) return exact;
  const matches = wanted.length >= MIN_PREFIX ? parliament.motions.filter((m) => m.id.startsWith(wanted)) : [];
  if (matches.length > 1) throw new ConcordError('ratify.ambiguous-motion', { ref, length: matches.length });
  const [only] = matches;
  if (!only) throw new ConcordError('ratify.unknown-motion.named', { ref });
  return only;
}

/**
 * The meeting `ref` names: its id, the start of it (at least 8 characters, and only one meeting), or
 * `latest` — the most recent meeting that has begun by `now` (the next one, when none has).
 */
export function findMeeting(parliament: Parliament, ref: string, now: Date = new Date()): MeetingReport {
  const meetings = parliament.meetings;
  if (meetings.length === 0) throw new ConcordError('meeting.none');
  const wanted = ref.toLowerCase();
  if (wanted === 'latest') {
    const begun = meetings.filter((m) => Date.parse(m.date) <= now.getTime());
    const found = begun.at(-1) ?? meetings[0];
    if (found) return found;
  }
  const exact = meetings.find((m) => m.id === wanted);
  if (exact) return exact;
  const matches = wanted.length >= MIN_PREFIX ? meetings.filter((m) => m.id.startsWith(wanted)) : [];
  if (matches.length > 1) throw new ConcordError('meeting.ambiguous', { ref, length: matches.length });
  const [only] = matches;
  if (!only) throw new ConcordError('meeting.unknown.named', { ref });
  return only;
}
