/** How the provenance views name people and times: "DEB · Ana", and a short local date and time. */
import type { Author } from '../../src/provenance/store.ts';
import type { Organization } from '../../src/workspace/workspace.ts';

export function authorName(orgs: readonly Organization[], author: Author): string {
  const org = orgs.find((o) => o.id === author.org)?.short ?? '';
  return [org, author.delegate].filter(Boolean).join(' · ') || 'someone';
}

export function when(iso: string): string {
  if (iso === '') return 'unknown time';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
