/**
 * The coalition's roster: which delegate key speaks for each member organization. It is an append-only
 * log in the workspace (the `roster` root): each entry binds an organization to a key, signed by that key
 * (proof its holder agreed) and, when it replaces a key, by the key it replaces. The roster in force is
 * what the valid entries say, read in log order — so a key that was changed without its audit entry, or
 * with an entry the old key did not sign, is not on the roster, and votes signed with it do not count.
 * An organization's first key is taken on first use (when its delegate joins), and the audit log shows it.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { ConcordError } from '../workspace/errors.ts';
import { listOrganizations, readMeta } from '../workspace/workspace.ts';
import { bindingMessage, isKeyHex, keyFingerprint, signHex, toHex, verifySignature, type Signer } from './signing.ts';

export interface RosterEntry {
  org: string;
  key: string;
  /** The key this one replaces; "" for the organization's first key. */
  previous: string;
  at: string;
  /** The new key's signature over the binding. */
  proof: string;
  /** The previous key's signature over the binding; "" for a first key. */
  authorization: string;
}

export interface AuditedEntry extends RosterEntry {
  valid: boolean;
  /** Why the entry is not in force; "" when valid. */
  problem: string;
}

/** One key an organization has had, and the time it was in force from (and until, when replaced). */
export interface KeySpan {
  key: string;
  from: string;
  until: string;
}

export interface Roster {
  /** Organization id → its keys, the one in force last. */
  keys: Map<string, KeySpan[]>;
  /** Every entry of the log in order, valid or not, with the reason. */
  audit: AuditedEntry[];
}

export function rosterLog(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray('roster');
}

const entrySchema = z.object({
  org: z.string().min(1),
  key: z.string().refine(isKeyHex),
  previous: z.string(),
  at: z.string().min(1),
  proof: z.string(),
  authorization: z.string(),
});

function asEntry(value: unknown): RosterEntry | undefined {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The key in force for `org`, or "" when it has none. */
export function currentKey(roster: Roster, org: string): string {
  return roster.keys.get(org)?.at(-1)?.key ?? '';
}

/** The organization a key speaks for now, if any. */
export function orgOfKey(roster: Roster, key: string): string | undefined {
  for (const [org, spans] of roster.keys) if (spans.at(-1)?.key === key) return org;
  return undefined;
}

/** Whether `key` spoke for `org` at time `at` (ISO). */
export function keyHeldAt(roster: Roster, org: string, key: string, at: string): boolean {
  return (roster.keys.get(org) ?? []).some((span) => span.key === key && span.from <= at && (span.until === '' || at < span.until));
}

/** The roster log's well-formed entries, in order. */
export function rosterEntries(doc: Y.Doc): RosterEntry[] {
  return rosterLog(doc).toArray().flatMap((raw) => asEntry(raw) ?? []);
}

/** Read the roster in force from the log. */
export function readRoster(doc: Y.Doc): Roster {
  const coalition = readMeta(doc).id;
  const members = new Set(listOrganizations(doc).map((o) => o.id));
  const keys = new Map<string, KeySpan[]>();
  const holder = new Map<string, string>();
  const audit: AuditedEntry[] = [];
  for (const raw of rosterLog(doc).toArray()) {
    const entry = asEntry(raw);
    if (!entry) {
      audit.push({ org: '', key: '', previous: '', at: '', proof: '', authorization: '', valid: false, problem: 'A damaged roster entry.' });
      continue;
    }
    const problem = entryProblem(entry);
    audit.push({ ...entry, valid: problem === '', problem });
    if (problem !== '') continue;
    const spans = keys.get(entry.org) ?? [];
    const last = spans.at(-1);
    if (last) {
      last.until = entry.at;
      holder.delete(last.key);
    }
    spans.push({ key: entry.key, from: entry.at, until: '' });
    keys.set(entry.org, spans);
    holder.set(entry.key, entry.org);
  }
  return { keys, audit };

  function entryProblem(entry: RosterEntry): string {
    if (!members.has(entry.org)) return 'It names an organization that is not a member of the coalition.';
    const message = bindingMessage({ coalition, ...entry });
    if (!verifySignature(entry.proof, message, entry.key)) return 'It is not signed by the key it binds.';
    const other = holder.get(entry.key);
    if (other !== undefined && other !== entry.org) return 'That key already speaks for another organization.';
    const current = keys.get(entry.org)?.at(-1);
    if (!current) return entry.previous === '' ? '' : 'It claims to replace a key the organization never had.';
    if (entry.previous !== current.key) return 'It replaces a key that is not the one in force.';
    if (entry.at < current.from) return 'It is dated before the key it replaces.';
    if (!verifySignature(entry.authorization, message, current.key)) return 'The key it replaces did not sign it.';
    return '';
  }
}

function append(doc: Y.Doc, entry: RosterEntry): void {
  rosterLog(doc).push([{ ...entry }]);
}

/**
 * Put `signer`'s key on the roster for `org` (its first key). Does nothing if it is already there; refuses
 * when the organization already has another key (that takes `replaceKey`, signed by the old key).
 */
export async function bindKey(doc: Y.Doc, org: string, signer: Signer, now: Date): Promise<void> {
  const roster = readRoster(doc);
  const key = toHex(signer.publicKey);
  const current = currentKey(roster, org);
  if (current === key) return;
  if (current !== '') {
    throw new ConcordError(`This organization's delegate key is already ${keyFingerprint(current)}; only that key can hand its place to another.`, 'roster.taken');
  }
  const other = orgOfKey(roster, key);
  if (other !== undefined) throw new ConcordError('This computer’s key already speaks for another organization.', 'roster.key-in-use');
  const binding = { coalition: readMeta(doc).id, org, key, previous: '', at: now.toISOString() };
  append(doc, { org, key, previous: '', at: binding.at, proof: await signHex(signer, bindingMessage(binding)), authorization: '' });
}

/** Hand `org`'s place on the roster from the key in force (`previous`) to `next`: both sign. */
export async function replaceKey(doc: Y.Doc, org: string, previous: Signer, next: Signer, now: Date): Promise<void> {
  const roster = readRoster(doc);
  const old = toHex(previous.publicKey);
  if (currentKey(roster, org) !== old) throw new ConcordError('Only the key in force can hand its place to another.', 'roster.not-current');
  const key = toHex(next.publicKey);
  const binding = { coalition: readMeta(doc).id, org, key, previous: old, at: now.toISOString() };
  const message = bindingMessage(binding);
  append(doc, { org, key, previous: old, at: binding.at, proof: await signHex(next, message), authorization: await signHex(previous, message) });
}
