/**
 * What the parliament's commands name on the command line, found in the workspace: an organization by its
 * short name or id (before founding among the workspace's organizations, after it among those the signed
 * statements know), and a motion by its id or the first characters of it.
 */
import type * as Y from 'yjs';
import type { MotionReport, Parliament } from '../src/ratify/parliament.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import { requireOrganization } from '../src/workspace/workspace.ts';

/** The id of the organization `ref` names. */
export function organizationId(doc: Y.Doc, parliament: Parliament, ref: string): string {
  if (!parliament.founded) return requireOrganization(doc, ref).id;
  const wanted = ref.toLowerCase();
  const known = [...parliament.organizations.values()].find((o) => o.org === ref || o.short.toLowerCase() === wanted);
  if (!known) throw new ConcordError(`There is no organization "${ref}" in this coalition.`, 'org.unknown');
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
  if (matches.length > 1) throw new ConcordError(`"${ref}" is the start of ${matches.length} motions' ids; give more of it.`, 'ratify.ambiguous-motion');
  const [only] = matches;
  if (!only) throw new ConcordError(`There is no motion "${ref}" in this workspace (concord tally FILE lists them).`, 'ratify.unknown-motion');
  return only;
}
