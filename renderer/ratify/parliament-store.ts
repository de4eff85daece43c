/**
 * The parliament as the app shows it: the core's tally (summarizeParliament), recomputed shortly after
 * every change to the workspace and every few seconds while a vote is open (deadlines pass without any
 * change). New signatures are checked first by the platform's native verifier, off the typing path. It also does the clerk's work any delegate's app may do, through the core: marking void the
 * motions whose text changed mid-vote, and applying the wording of passed amendments this delegate moved.
 */
import type * as Y from 'yjs';
import { applyPassedAmendments, markVoidMotions } from '../../src/ratify/actions.ts';
import { readParliament, type BlockStatus } from '../../src/ratify/parliament.ts';
import { checkParliament } from '../../src/ratify/statements.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';
import { summarizeParliament, type TallySummary } from '../../src/ratify/summary.ts';
import type { ActorSource } from '../../src/workspace/actor.ts';

/** Typing changes the workspace at every key: count once it has settled this long. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 3000;
const DEADLINE_POLL_MS = 2000;

export class ParliamentStore {
  /** null until the first count is done. */
  private summary: TallySummary | null = null;
  private counting = 0;
  private readonly listeners = new Set<() => void>();
  private readonly blockListeners = new KeyedListeners();
  private settle: ReturnType<typeof setTimeout> | undefined;
  private pendingSince = 0;
  private readonly doc: Y.Doc;
  private readonly actor: ActorSource;
  private readonly canWrite: () => boolean;

  constructor(doc: Y.Doc, actor: ActorSource, canWrite: () => boolean) {
    this.doc = doc;
    this.actor = actor;
    this.canWrite = canWrite;
  }

  /** Keep the tally current while the workspace is shown; returns the function that stops it. */
  watch(): () => void {
    this.doc.on('update', this.schedule);
    const poll = setInterval(() => {
      if (this.summary?.motions.some((m) => m.status === 'open')) void this.refresh();
    }, DEADLINE_POLL_MS);
    void this.refresh();
    return () => {
      this.doc.off('update', this.schedule);
      clearInterval(poll);
      if (this.settle !== undefined) clearTimeout(this.settle);
      this.settle = undefined;
    };
  }

  /**
   * Count once the workspace has not changed for SETTLE_MS — not between two keys of a delegate typing —
   * or MAX_WAIT_MS after the first change, so a stream of edits (a busy meeting, a hostile peer) cannot
   * hold the tally back.
   */
  private readonly schedule = (): void => {
    const now = Date.now();
    if (this.settle === undefined) this.pendingSince = now;
    else if (now - this.pendingSince >= MAX_WAIT_MS) return;
    else clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = undefined;
      void this.refresh();
    }, SETTLE_MS);
  };

  /** Check new signatures, do the clerk's work, recount, and tell whoever shows something that changed. */
  async refresh(): Promise<void> {
    const run = (this.counting += 1);
    await checkParliament(this.doc);
    if (run !== this.counting) return;
    const now = new Date();
    const parliament = readParliament(this.doc, now);
    const actor = this.actor();
    if (actor && this.canWrite()) {
      // The clerk's writes change the workspace, which schedules the next count.
      if (parliament.motions.some((m) => m.status === 'void' && m.closedAt === '')) markVoidMotions(this.doc, actor.org, now);
      if (parliament.motions.some((m) => m.kind === 'amendment' && m.status === 'passed' && !m.applied && m.openedBy === actor.org)) applyPassedAmendments(this.doc, actor.org, now);
    }
    const previous = this.summary;
    const next = summarizeParliament(this.doc, now, parliament);
    if (JSON.stringify(previous) === JSON.stringify(next)) return;
    this.summary = next;
    for (const listener of this.listeners) listener();
    this.blockListeners.notify((id) => previous?.statuses[id] !== next.statuses[id] || previous?.altered.includes(id) !== next.altered.includes(id));
  }

  current(): TallySummary | null {
    return this.summary;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(id: string): BlockStatus {
    return this.summary?.statuses[id] ?? 'draft';
  }

  /** Whether a ratified block's text is no longer its ratified wording. */
  altered(id: string): boolean {
    return this.summary?.altered.includes(id) ?? false;
  }

  subscribeBlock(id: string, listener: () => void): () => void {
    return this.blockListeners.subscribe(id, listener);
  }
}
