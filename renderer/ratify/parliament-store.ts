/**
 * The parliament as the app shows it: the core's tally (summarizeParliament), recomputed shortly after
 * every change to the workspace and every few seconds while a vote is open (deadlines pass without any
 * change). Edits of the text alone (and their provenance) are counted only while motions or meetings exist,
 * the only parts of the tally the text changes: a coalition drafting before its first vote types without
 * the whole document being read again every few seconds. New signatures are checked first by the platform's native verifier, off the typing path. It also
 * does the clerk's work any delegate's app does, through the core: putting back statements a peer deleted
 * from the shared document, closing the motions that are due (signed with this delegate's key, when it is
 * on the roster; under a chair only those past their deadline — the chair closes the others; each closing
 * records the organizations seen present), answering a meeting's roll call while connected during it, and
 * applying the wording of passed amendments this delegate's organization moved.
 */
import type * as Y from 'yjs';
import { answerRollCall, applyPassedAmendments, closeDueMotions, closeMotion } from '../../src/ratify/actions.ts';
import { meetingInSession } from '../../src/ratify/agenda.ts';
import { organizationsPresent } from '../../src/sync/presence.ts';
import { orgOfKey, readParliament, type BlockStatus, type Parliament } from '../../src/ratify/parliament.ts';
import { toHex, type Signer } from '../../src/ratify/signing.ts';
import { DEFAULT_SETTINGS, type RatificationSettings } from '../../src/ratify/settings.ts';
import { checkParliament } from '../../src/ratify/statements.ts';
import { CONSTITUTION_ROOT } from '../../src/constitution/root.ts';
import { PROVENANCE_ROOT } from '../../src/provenance/store.ts';
import { changedRoots } from '../../src/workspace/changed-roots.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';
import { summarizeParliament, type TallySummary } from '../../src/ratify/summary.ts';
import { openVotesOver, type VotesOver } from '../../src/ratify/vote-guard.ts';
import { restoreStatements } from './restore-statements.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

/** Typing changes the workspace at every key: count once it has settled this long. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 3000;
const DEADLINE_POLL_MS = 2000;
/** The roots whose changes reach the tally only through motions and meetings (their texts, voids, numbering). */
const TEXT_ROOTS: ReadonlySet<string> = new Set([CONSTITUTION_ROOT, PROVENANCE_ROOT]);

/** The meeting room as this app sees it: whether it is connected, and who is. */
export interface Room {
  online(): boolean;
  /** Short names of the organizations with a delegate connected (this one's included). */
  present(): string[];
}

const ALONE: Room = { online: () => false, present: () => [] };

export class ParliamentStore {
  /** null until the first count is done. */
  private summary: TallySummary | null = null;
  /** The parliament the summary was made from. */
  private last: Parliament | null = null;
  /** The rules in force at the last count. */
  private rules: RatificationSettings = DEFAULT_SETTINGS;
  /** The open votes over each block at the last count (for the editor's guard). */
  private votesOver: VotesOver = new Map();
  private running: Promise<void> | null = null;
  private again = false;
  private readonly listeners = new Set<() => void>();
  private readonly blockListeners = new KeyedListeners();
  private settle: ReturnType<typeof setTimeout> | undefined;
  private pendingSince = 0;
  private readonly doc: Y.Doc;
  private readonly signer: () => Promise<Signer>;
  private readonly canWrite: () => boolean;
  private readonly room: Room;

  constructor(doc: Y.Doc, signer: () => Promise<Signer>, canWrite: () => boolean, room: Room = ALONE) {
    this.doc = doc;
    this.signer = signer;
    this.canWrite = canWrite;
    this.room = room;
  }

  /** The organizations seen connected now (this delegate's included), by id, as the parliament names them. */
  present(): string[] {
    return organizationsPresent(this.room.present(), this.summary?.organizations ?? []);
  }

  /** Keep the tally current while the workspace is shown; returns the function that stops it. */
  watch(): () => void {
    this.doc.on('update', this.changed);
    // The tally's words are in the language the app shows: a new language counts again.
    i18n.on('languageChanged', this.schedule);
    const poll = setInterval(() => {
      if (this.summary?.motions.some((m) => m.status === 'open') || this.summary?.meetings.some((m) => m.adjournedAt === '')) void this.refresh();
    }, DEADLINE_POLL_MS);
    void this.refresh();
    return () => {
      this.doc.off('update', this.changed);
      i18n.off('languageChanged', this.schedule);
      clearInterval(poll);
      if (this.settle !== undefined) clearTimeout(this.settle);
      this.settle = undefined;
    };
  }

  private readonly changed = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    const readsText = this.summary === null || this.summary.motions.length > 0 || this.summary.meetings.length > 0;
    if (readsText || [...changedRoots(this.doc, transaction)].some((root) => !TEXT_ROOTS.has(root))) this.schedule();
  };

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

  /**
   * Count again; resolves once a count that began after this call is done. Counts never overlap: asked
   * for during one, the next runs when it ends (overlapping counts that each gave way to the newer one
   * showed nothing at all on a slow machine).
   */
  refresh(): Promise<void> {
    this.again = true;
    this.running ??= this.countWhileAsked().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async countWhileAsked(): Promise<void> {
    while (this.again) {
      this.again = false;
      await this.count();
    }
  }

  /** Check new signatures, do the clerk's work, recount, and tell whoever shows something that changed. */
  private async count(): Promise<void> {
    await checkParliament(this.doc);
    const now = new Date();
    const parliament = readParliament(this.doc, now);
    // The clerk's writes change the workspace, which schedules the next count.
    if (this.canWrite()) await this.clerk(parliament, now);
    this.rules = parliament.settings;
    this.votesOver = openVotesOver(parliament);
    const previous = this.summary;
    const next = summarizeParliament(this.doc, now, parliament, shownLanguage());
    if (JSON.stringify(previous) === JSON.stringify(next)) return;
    this.summary = next;
    this.last = parliament;
    for (const listener of this.listeners) listener();
    this.blockListeners.notify((id) => previous?.statuses[id] !== next.statuses[id] || previous?.altered.includes(id) !== next.altered.includes(id));
  }

  /** Put back deleted statements, close due motions, answer the roll call, apply this organization's passed amendments. */
  private async clerk(parliament: Parliament, now: Date): Promise<void> {
    if (parliament.withdrawnFromView.length > 0) restoreStatements(this.doc, parliament.withdrawnFromView);
    const due = parliament.motions.some((m) => m.closing === '' && m.due);
    const amended = parliament.motions.some((m) => m.kind === 'amendment' && m.status === 'passed' && !m.applied);
    const meeting = this.room.online() ? meetingInSession(parliament, now) : undefined;
    if (!due && !amended && !meeting) return;
    try {
      const signer = await this.signer();
      const org = orgOfKey(parliament.roster, toHex(signer.publicKey));
      if (org === undefined) return;
      const present = organizationsPresent(this.room.present(), parliament.organizations.values());
      if (due && parliament.chair) {
        // Under a chair, the chair closes a vote (delegates may change their votes until then); the clerk only at the deadline.
        for (const motion of parliament.motions.filter((m) => m.closing === '' && m.due && now.toISOString() >= m.closesAt))
          await closeMotion(this.doc, signer, motion.id, now, present);
      } else if (due) await closeDueMotions(this.doc, signer, now, present);
      if (meeting && !meeting.attendance.some((a) => a.org === org)) await answerRollCall(this.doc, signer, meeting.id, now);
      if (amended) applyPassedAmendments(this.doc, org, now);
    } catch {
      // Refused (the motion closed elsewhere meanwhile, the key is unavailable): the next count tries again.
    }
  }

  current(): TallySummary | null {
    return this.summary;
  }

  /** The parliament the current summary shows (meetings' agendas and minutes are written from it). */
  parliament(): Parliament | null {
    return this.last;
  }

  settings(): RatificationSettings {
    return this.rules;
  }

  /** The open votes each block's text is under, as of the last count. */
  openVotes(): VotesOver {
    return this.votesOver;
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
