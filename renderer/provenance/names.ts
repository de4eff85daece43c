/** How the provenance views name people: "DEB · Ana" (times: renderer/dates.ts). */
import { i18n } from '../../src/i18n/i18n.ts';
import type { Author } from '../../src/provenance/store.ts';
import type { Organization } from '../../src/workspace/workspace.ts';

export function authorName(orgs: readonly Organization[], author: Author): string {
  const org = orgs.find((o) => o.id === author.org)?.short ?? '';
  return [org, author.delegate].filter(Boolean).join(' · ') || i18n.t('editor:someone');
}
