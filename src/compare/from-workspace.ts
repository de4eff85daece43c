/**
 * A workspace's organizations as Compare takes them: their current principles (the latest version of each of
 * their sources, see workspace/sources.ts), looked up by short name or id.
 */
import type * as Y from 'yjs';
import { currentPrinciples } from '../workspace/sources.ts';
import { requireOrganization } from '../workspace/workspace.ts';
import { checkOrganizationCount, type CompareOrganization } from './compare.ts';

/** The organizations named by `orgRefs` (short names or ids) with their current principles. */
export function organizationsToCompare(doc: Y.Doc, orgRefs: readonly string[]): CompareOrganization[] {
  checkOrganizationCount(orgRefs.length);
  return orgRefs.map((ref) => {
    const org = requireOrganization(doc, ref);
    const principles = currentPrinciples(doc, org.id).map((p) => ({ id: p.id, text: p.text }));
    return { id: org.id, short: org.short, name: org.name, principles };
  });
}
