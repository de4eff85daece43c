/**
 * A clause's history under concurrent typing: two delegates on two replicas type into one clause, turn
 * about, for two simulated minutes (the clock and the history's timers injected). The README promises at
 * most one history point per delegate per minute; and a point is written when its author pauses, so it
 * holds their own words whole — not a mid-word fragment such as "Unchecke". (A peer's word being typed
 * at that moment is shown as it then stood: a point is the clause's wording at the author's change.)
 */
import { withYHistory, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { bindEditor, readBlocks } from '../../src/constitution/document.ts';
import { indexOfId } from '../../src/constitution/structure.ts';
import { COALESCE_MS, readHistory } from '../../src/provenance/history.ts';
import type { Snapshot } from '../../src/provenance/store.ts';
import type { Actor } from '../../src/workspace/actor.ts';
import { idByText, link } from './core-helpers.ts';
import { coalition } from './provenance-helpers.ts';

const ANA: Actor = { org: 'o_deb', delegate: 'Ana' };
const BEN: Actor = { org: 'o_psf', delegate: 'Ben' };
const ANA_WORDS = ['Unchecked', 'power', 'corrupts', 'every', 'assembly'];
const BEN_WORDS = ['Concentration', 'of', 'wealth', 'harms', 'members'];
const KEY_MS = 250;
const PAUSE_MS = 2_000;

let now = 0;
const clock = (): Date => new Date(now);

beforeEach(() => {
  now = Date.parse('2026-12-02T10:00:00Z');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A delegate's live editor on their own replica, with the app's history timing and the test's clock. */
function delegateEditor(doc: Y.Doc, actor: Actor) {
  const editor = withYHistory(bindEditor(createEditor(), doc, { actor: () => actor, clock }));
  YjsEditor.connect(editor);
  return editor;
}

/** One typist: the words they type, in turn, with a pause after each word (when they look up). */
class Typist {
  private word = 0;
  private letter = 0;
  private resting = 0;
  private typed = 0;
  readonly editor: ReturnType<typeof delegateEditor>;
  private readonly words: readonly string[];
  /** Where they type in the clause: before the other's words (Ana) or after them (Ben). */
  private readonly where: 'start' | 'end';

  constructor(editor: ReturnType<typeof delegateEditor>, words: readonly string[], where: 'start' | 'end') {
    this.editor = editor;
    this.words = words;
    this.where = where;
  }

  /** Between two words (each typist finishes the word they are typing when the two minutes are up). */
  get betweenWords(): boolean {
    return this.letter === 0;
  }

  key(clause: string): void {
    if (this.resting > 0) {
      this.resting -= KEY_MS;
      return;
    }
    const word = this.words[this.word % this.words.length] ?? '';
    const char = this.letter < word.length ? word.charAt(this.letter) : ' ';
    const index = indexOfId(this.editor, clause);
    const at = this.where === 'start' ? { path: [index, 0], offset: this.typed } : Editor.end(this.editor, [index]);
    Transforms.insertText(this.editor, char, { at });
    YjsEditor.flushLocalChanges(this.editor);
    this.typed += 1;
    this.letter += 1;
    if (this.letter > word.length) {
      this.word += 1;
      this.letter = 0;
      this.resting = PAUSE_MS;
    }
  }
}

function pointsOf(history: readonly Snapshot[], actor: Actor): Snapshot[] {
  return history.filter((s) => s.org === actor.org && s.delegate === actor.delegate);
}

describe('history under concurrent typing', () => {
  it('keeps at most one point per delegate per minute, each of whole words, over two minutes of two delegates typing in turn', () => {
    const { doc: ana } = coalition(['article:Power', 'clause:|']);
    const ben = new Y.Doc();
    link(ana, ben);
    const clause = idByText(ana, '|');
    const typists = [new Typist(delegateEditor(ana, ANA), ANA_WORDS, 'start'), new Typist(delegateEditor(ben, BEN), BEN_WORDS, 'end')];
    const end = now + 120_000;
    for (let turn = 0; now < end || !typists.every((t) => t.betweenWords); turn += 1) {
      typists[turn % 2]?.key(clause);
      now += KEY_MS;
      vi.advanceTimersByTime(KEY_MS);
    }
    now += PAUSE_MS;
    vi.advanceTimersByTime(PAUSE_MS);

    const history = readHistory(ana, clause);
    expect(readHistory(ben, clause)).toEqual(history);
    for (const actor of [ANA, BEN]) {
      const points = pointsOf(history, actor);
      // Two minutes of typing: a run per minute, and no more.
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(points.length).toBeLessThanOrEqual(3);
      for (const [i, point] of points.entries()) {
        expect(Date.parse(point.at) - Date.parse(point.since)).toBeLessThan(COALESCE_MS);
        const next = points[i + 1];
        if (next) expect(Date.parse(next.since) - Date.parse(point.since)).toBeGreaterThanOrEqual(COALESCE_MS);
      }
    }
    // Each delegate's points hold their own words whole (Ana types before the bar, Ben after it).
    for (const [actor, side, vocabulary] of [
      [ANA, 0, ANA_WORDS],
      [BEN, 1, BEN_WORDS],
    ] as const) {
      for (const point of pointsOf(history, actor)) {
        const words = (point.text.split('|')[side] ?? '').split(/\s+/).filter((w) => w !== '');
        expect(
          words.filter((w) => !vocabulary.includes(w)),
          point.text,
        ).toEqual([]);
      }
    }
    // The last points hold the clause as it now reads.
    expect(history.at(-1)?.text).toBe(readBlocks(ana).find((b) => b.id === clause)?.text);
  });

  it('still writes a point during typing without a pause, at the latest ten seconds after the first key', () => {
    const { doc } = coalition(['article:Power', 'clause:|']);
    const clause = idByText(doc, '|');
    const editor = delegateEditor(doc, ANA);
    for (let i = 0; i < 60; i += 1) {
      Transforms.insertText(editor, 'a', { at: Editor.end(editor, [indexOfId(editor, clause)]) });
      YjsEditor.flushLocalChanges(editor);
      now += KEY_MS;
      vi.advanceTimersByTime(KEY_MS);
    }
    // Forty keys in ten seconds, then the point; the run goes on updating it.
    const [first] = pointsOf(readHistory(doc, clause), ANA);
    expect(Date.parse(first?.at ?? '') - Date.parse(first?.since ?? '')).toBeLessThanOrEqual(15_000);
    expect(first?.text.length).toBeGreaterThan(40);
  });
});
