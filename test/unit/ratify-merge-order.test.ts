/**
 * Property: whatever order replicas receive the same signed votes in — including changes of vote, forged
 * votes and duplicates — they all tally the same. Each vote is made on its own replica (as on each
 * delegate's laptop) and travels as its own Yjs update; three replicas merge the updates in random orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, openMotion } from '../../src/ratify/actions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { storeVote } from '../../src/ratify/motion-record.ts';
import { signHex, toHex, voteMessage } from '../../src/ratify/signing.ts';
import { readMeta } from '../../src/workspace/workspace.ts';
import { idByText } from './core-helpers.ts';
import { at, coalition, key, testSigner } from './ratify-helpers.ts';
import type { Choice } from '../../src/ratify/rules.ts';

const RUNS = Number(process.env['CONCORD_PROPERTY_RUNS'] ?? 200);
const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update a change on a fresh fork of `base` makes. */
async function updateOf(base: Y.Doc, change: (doc: Y.Doc) => Promise<void>): Promise<Uint8Array> {
  const doc = fork(base);
  const before = Y.encodeStateVector(doc);
  await change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('tally and merge order', () => {
  it(`gives the same tally on every replica whatever order the signed votes arrive in (${RUNS} runs)`, async () => {
    const c = await coalition(5);
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Any organization that accepts these principles may join.'), closesAt: at(100) }, at(1));
    const digest = readParliament(c.doc, at(1)).motions.find((m) => m.id === motion)?.digest ?? '';
    const intruder = await testSigner();
    const updates: Uint8Array[] = [];
    // Every organization votes two or three times (changes of vote; equal times included), and a forger adds votes.
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 5; i += 1) {
        if (round === 2 && i % 2 === 0) continue;
        const choice = CHOICES[(i + round) % 3] ?? 'yes';
        updates.push(await updateOf(c.doc, (doc) => castVote(doc, key(c, i), motion, choice, at(2 + round + (i === 3 ? 0 : i / 10)))));
      }
    }
    for (let i = 0; i < 4; i += 1) {
      updates.push(
        await updateOf(c.doc, async (doc) => {
          const facts = { coalition: readMeta(doc).id, motion, digest, choice: 'no' as const, castAt: at(5).toISOString() };
          storeVote(doc, { motion, org: c.orgs[i] ?? '', choice: 'no', digest, castAt: facts.castAt, key: toHex(intruder.publicKey), signature: await signHex(intruder, voteMessage(facts)) });
        }),
      );
    }
    const tallyOf = (doc: Y.Doc): string => {
      const report = readParliament(doc, at(101)).motions.find((m) => m.id === motion);
      const counted = (report?.votes ?? []).filter((v) => v.standing === 'counted').map((v) => `${v.org}:${v.choice}:${v.castAt}`).sort();
      return JSON.stringify({ status: report?.status, outcome: report?.outcome, counted });
    };
    const reference = fork(c.doc);
    for (const update of updates) Y.applyUpdate(reference, update);
    const expected = tallyOf(reference);
    expect(JSON.parse(expected).counted).toHaveLength(5);

    await fc.assert(
      fc.asyncProperty(fc.array(fc.shuffledSubarray(updates.map((_, i) => i), { minLength: updates.length, maxLength: updates.length }), { minLength: 3, maxLength: 3 }), async (orders) => {
        const replicas = orders.map((order) => {
          const replica = fork(c.doc);
          for (const i of order) {
            const update = updates[i];
            if (update) Y.applyUpdate(replica, update);
          }
          return replica;
        });
        for (const replica of replicas) expect(tallyOf(replica)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
