/**
 * Who voided a vote: a motion is void when its text changed while the vote was open, and the signed
 * statements say only that it changed. The best evidence the workspace holds of who changed it is each
 * block's edit history (src/provenance/history.ts): snapshots of its wording with the organization, the
 * delegate's name and the time, written by the app of the delegate who typed. That history is not signed
 * — a delegate's app writes whatever name and time it likes, and a peer can rewrite it — so the message
 * says where the name comes from, and it never decides anything.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { getEntry } from '../provenance/store.ts';
import { targetBlocks, type TextBlock } from './digest.ts';
import type { MotionReport } from './parliament.ts';

export interface TextChange {
  org: string;
  delegate: string;
  /** When the change was made (by the changing delegate's clock), ISO. */
  at: string;
}

/** What was found for closed void motions, by motion id: the tally is counted again at every pause in typing. */
const FOUND = new WeakMap<Y.Doc, Map<string, TextChange>>();

type VoidMotion = Pick<MotionReport, 'id' | 'text' | 'target' | 'openedAt' | 'closing'>;

/**
 * The first change to a motion's text after it was opened, as the edit history records it: a snapshot
 * of one of its blocks with other wording than the one voted on, or a block added to its target.
 * Undefined when the history does not show it (yet: a snapshot arrives a moment after the text; or at
 * all: a block deleted, or a history a peer damaged). Once the motion is closed, what was found is kept.
 */
export function firstChange(doc: Y.Doc, motion: VoidMotion, blocks: readonly TextBlock[]): TextChange | undefined {
  const found = FOUND.get(doc)?.get(motion.id);
  if (found) return found;
  const change = searchHistory(doc, motion, blocks);
  if (change && motion.closing !== '') {
    const kept = FOUND.get(doc) ?? new Map<string, TextChange>();
    kept.set(motion.id, change);
    FOUND.set(doc, kept);
  }
  return change;
}

function searchHistory(doc: Y.Doc, motion: VoidMotion, blocks: readonly TextBlock[]): TextChange | undefined {
  const voted = new Map(motion.text.map((b) => [b.id, b.text]));
  const ids = new Set([...voted.keys(), ...targetBlocks(blocks, motion.target).map((b) => b.id)]);
  const changes: TextChange[] = [];
  for (const id of ids) {
    const entry = getEntry(doc, id);
    if (!entry) continue;
    const wording = voted.get(id);
    if (wording === undefined) {
      if (entry.created.at >= motion.openedAt) changes.push({ org: entry.created.org, delegate: entry.created.delegate, at: entry.created.at });
      continue;
    }
    // By time, not by place in the history: two delegates' snapshots made at once are appended in any order.
    for (const s of entry.history) {
      // biome-ignore lint/complexity/useMathMinMax: ISO timestamps, compared as text
      if (s.at >= motion.openedAt && s.text !== wording) changes.push({ org: s.org, delegate: s.delegate, at: s.since > motion.openedAt ? s.since : motion.openedAt });
    }
  }
  return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0];
}

/** A change with its organization's name, as a tally shows it. */
export interface NamedChange extends TextChange {
  /** The organization's name ("" when unknown). */
  name: string;
}

/** "Carla (Socialist Workers Party)", or as much of it as is known. */
function who(change: NamedChange, t: TFunction<'core'>): string {
  if (change.delegate !== '' && change.name !== '') return t('voided.delegateOf', { delegate: change.delegate, organization: change.name });
  if (change.delegate !== '') return change.delegate;
  if (change.name !== '') return t('voided.aDelegateOf', { organization: change.name });
  return t('voided.unnamed');
}

/** The void in words, naming who changed the text and when (`time`: `change.at` as the reader's clock shows it). */
export function voidWords(change: NamedChange, time: string, t: TFunction<'core'>): string {
  return t('voided.changedBy', { who: who(change, t), time });
}
