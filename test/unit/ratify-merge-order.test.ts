/**
 * Properties of the fold: (1) whatever order replicas receive the same signed statements in — votes,
 * changes of vote, closings, forged votes, duplicates — they compute the same parliament; (2) honest
 * statements plus arbitrary hostile Yjs operations from one delegate (deletions, reorderings, marker writes,
 * unsigned rule and member changes, garbage entries), merged across replicas in any order, never change a
 * closed motion's result or its signed record, and every replica computes the same parliament. Each change
 * is made on its own replica and travels as its own Yjs update.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { currentSeat, readParliament, type Parliament } from '../../src/ratify/parliament.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { signStatement } from '../../src/ratify/statement.ts';
import { statementsArray } from '../../src/ratify/statement-log.ts';
import { workspaceRecord } from '../../src/export/workspace-facts.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { addOrganization, metaMap, orgsMap } from '../../src/workspace/workspace.ts';
import { idByText, workspaceWith } from './core-helpers.ts';
import { at, coalition, key, ratifyWhole, TEXT, testSigner, type Coalition } from './ratify-helpers.ts';

const RUNS = Number(process.env.CONCORD_PROPERTY_RUNS ?? 200);
const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

function fork(doc: Y.Doc): Y.Doc {
  const copy = newWorkspaceDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update a change on a fresh fork of `base` makes. */
async function updateOf(base: Y.Doc, change: (doc: Y.Doc) => Promise<void> | void): Promise<Uint8Array> {
  const doc = fork(base);
  const before = Y.encodeStateVector(doc);
  await change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

function merged(base: Y.Doc, updates: readonly Uint8Array[], order: readonly number[]): Y.Doc {
  const replica = fork(base);
  for (const i of order) {
    const update = updates[i];
    if (update) Y.applyUpdate(replica, update);
  }
  return replica;
}

/** The whole parliament as a comparable string: every motion's status, result and counted votes, roster, members, standings. */
function parliamentOf(p: Parliament): string {
  return JSON.stringify({
    motions: p.motions.map((m) => [m.id, m.status, m.explanation, m.votes.map((v) => `${v.id}:${v.standing}`).sort()]),
    roster: [...p.roster.keys].map(([org, spans]) => [org, spans.map((s) => s.key)]),
    members: p.members,
    settings: p.settings,
    standings: [...p.standings],
  });
}

function closedResults(p: Parliament): string {
  return JSON.stringify(
    p.motions
      .filter((m) => m.closing !== '')
      .map((m) => [
        m.id,
        m.status,
        m.explanation,
        m.votes
          .filter((v) => v.standing === 'counted')
          .map((v) => `${v.org}:${v.choice}`)
          .sort(),
      ]),
  );
}

describe('tally and merge order', () => {
  it(`gives the same parliament on every replica whatever order the signed statements arrive in (${Math.ceil(RUNS / 4)} runs)`, async () => {
    const c = await coalition(5);
    const motion = await openMotion(
      c.doc,
      key(c, 0),
      { kind: 'clause', target: idByText(c.doc, 'Any organization that accepts these principles may join.'), closesAt: at(100) },
      at(1),
    );
    const p = readParliament(c.doc, at(1));
    const digest = p.motions.find((m) => m.id === motion)?.digest ?? '';
    const intruder = await testSigner();
    const updates: Uint8Array[] = [];
    // Every organization votes two or three times (changes of vote made on separate replicas), and a forger adds votes.
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 5; i += 1) {
        if (round === 2 && i % 2 === 0) continue;
        const choice = CHOICES[(i + round) % 3] ?? 'yes';
        updates.push(await updateOf(c.doc, async (doc) => void (await castVote(doc, key(c, i), motion, choice, at(2 + round + (i === 3 ? 0 : i / 10))))));
      }
    }
    for (let i = 0; i < 4; i += 1) {
      const { stored } = await signStatement(
        {
          kind: 'vote',
          coalition: p.coalition,
          by: toHex(intruder.publicKey),
          at: at(5).toISOString(),
          motion,
          seat: currentSeat(p.roster, c.orgs[i] ?? ''),
          org: c.orgs[i] ?? '',
          digest,
          choice: 'no',
          replaces: '',
        },
        intruder,
      );
      updates.push(await updateOf(c.doc, (doc) => statementsArray(doc).push([stored])));
    }
    const reference = merged(
      c.doc,
      updates,
      updates.map((_, i) => i),
    );
    updates.push(await updateOf(reference, () => closeMotion(reference, key(c, 0), motion, at(101))));
    const final = merged(
      c.doc,
      updates,
      updates.map((_, i) => i),
    );
    const expected = parliamentOf(readParliament(final, at(102)));
    expect(
      readParliament(final, at(102))
        .motions.find((m) => m.id === motion)
        ?.votes.filter((v) => v.standing === 'counted'),
    ).toHaveLength(5);

    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.shuffledSubarray(
            updates.map((_, i) => i),
            { minLength: updates.length, maxLength: updates.length },
          ),
          { minLength: 3, maxLength: 3 },
        ),
        async (orders) => {
          for (const order of orders) expect(parliamentOf(readParliament(merged(c.doc, updates, order), at(102)))).toBe(expected);
        },
      ),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

/** One hostile Yjs operation a modified client can make, past every check of the app. */
type HostileOp =
  | { kind: 'delete'; index: number }
  | { kind: 'duplicate'; index: number; to: number }
  | { kind: 'marker'; name: string }
  | { kind: 'rules' }
  | { kind: 'add-org' }
  | { kind: 'delete-org'; index: number }
  | { kind: 'garbage'; value: string | number | null };

const hostileOp: fc.Arbitrary<HostileOp> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(60) }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat(60), to: fc.nat(60) }),
  fc.record({ kind: fc.constant('marker' as const), name: fc.constantFrom('voided', 'applied', 'closing') }),
  fc.record({ kind: fc.constant('rules' as const) }),
  fc.record({ kind: fc.constant('add-org' as const) }),
  fc.record({ kind: fc.constant('delete-org' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('garbage' as const), value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant('{"body":"{}","signature":"00"}')) }),
);

function applyHostile(doc: Y.Doc, op: HostileOp, c: Coalition): void {
  const array = statementsArray(doc);
  switch (op.kind) {
    case 'delete':
      if (array.length > 0) array.delete(op.index % array.length, 1);
      break;
    case 'duplicate': {
      if (array.length === 0) break;
      const value: unknown = array.get(op.index % array.length);
      array.insert(op.to % (array.length + 1), [value]);
      break;
    }
    case 'marker':
      doc.getMap('motions').set(`m_${op.name}`, { [op.name]: { at: at(0).toISOString(), by: 'x' } });
      break;
    case 'rules':
      metaMap(doc).set('ratification', JSON.stringify({ rules: {}, weights: { [c.orgs[0] ?? '']: 1000 }, seriatim: true, votingDays: 0, chairTermDays: 1, changedAt: '' }));
      break;
    case 'add-org': {
      const map = new Y.Map<unknown>();
      map.set('id', 'o_puppet');
      map.set('name', 'Puppet');
      map.set('short', 'PUP');
      orgsMap(doc).set('o_puppet', map);
      break;
    }
    case 'delete-org':
      orgsMap(doc).delete(c.orgs[op.index % c.orgs.length] ?? '');
      break;
    case 'garbage':
      array.push([op.value]);
  }
}

describe('hostile operations of one delegate', () => {
  it(`never change a closed motion's result or record, and every replica computes the same parliament (${Math.ceil(RUNS / 4)} runs)`, async () => {
    const doc = workspaceWith(TEXT);
    const orgs = [1, 2, 3, 4].map((i) => addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` }).id);
    // Honest history: the whole text ratified (3 yes, 1 no) and closed; an amendment under vote.
    const { keys } = await ratifyWhole(doc, { choices: ['yes', 'yes', 'no', 'yes'], closesAt: at(60) });
    const c: Coalition = { doc, orgs, keys };
    const clauseMotion = await openMotion(
      c.doc,
      key(c, 0),
      { kind: 'amendment', target: idByText(c.doc, 'Each member organization sends one delegate.'), newText: 'Each member sends two delegates.', closesAt: at(120) },
      at(61),
    );
    const honest: Uint8Array[] = [];
    for (let i = 0; i < 4; i += 1) honest.push(await updateOf(c.doc, async (doc) => void (await castVote(doc, key(c, i), clauseMotion, i === 0 ? 'yes' : 'no', at(62 + i)))));
    const base = fork(c.doc);
    const reference = merged(
      base,
      honest,
      honest.map((_, i) => i),
    );
    const expectedClosed = closedResults(readParliament(reference, at(200)));
    const expectedRecord = JSON.stringify(workspaceRecord(reference, at(200)));
    expect(expectedRecord).toMatch(/concord-ratification-record/);

    await fc.assert(
      fc.asyncProperty(fc.array(hostileOp, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(1000), { minLength: 3, maxLength: 3 }), async (ops, seeds) => {
        const hostileUpdates = await Promise.all(ops.map((op) => updateOf(base, (doc) => applyHostile(doc, op, c))));
        const all = [...honest, ...hostileUpdates];
        const replicas = seeds.map((seed) => {
          const order = all.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 1009) - ((b * 7919 + seed) % 1009));
          return merged(base, all, order);
        });
        const parliaments = replicas.map((r) => parliamentOf(readParliament(r, at(200))));
        for (const p of parliaments) expect(p).toBe(parliaments[0]);
        for (const replica of replicas) {
          expect(closedResults(readParliament(replica, at(200)))).toBe(expectedClosed);
          expect(JSON.stringify(workspaceRecord(replica, at(200)))).toBe(expectedRecord);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
