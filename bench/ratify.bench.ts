/**
 * The parliament's tally on a large coalition: 12 organizations, a 200-clause text, a motion on every
 * clause and every organization's signed vote on each (2,400 votes, plus the roster and the openings).
 * The app recounts after every change, so both reads matter. Figures, each beside a baseline measured in
 * the same run:
 * - the first read, every signature checked first by the platform's WebCrypto (as the app and the CLI do),
 *   and the same with the pure-JavaScript verifier alone (@noble/ed25519), each against verifying the same
 *   signatures with node:crypto (native OpenSSL);
 * - a read with the signatures already checked, against reading the same motions and votes out of the
 *   Y.Doc with no check at all: what the tally's rules and reports cost on top of reading.
 */
import { createPublicKey, verify } from 'node:crypto';
import * as Y from 'yjs';
import { editConstitution, readBlocks } from '../src/constitution/document.ts';
import { insertBlock } from '../src/constitution/structure.ts';
import { castVote, openMotion } from '../src/ratify/actions.ts';
import { readStoredMotions, voteSchema } from '../src/ratify/motion-record.ts';
import { readParliament } from '../src/ratify/parliament.ts';
import { bindKey } from '../src/ratify/roster.ts';
import { forgetVerifiedSignatures, openingMessage, voteMessage } from '../src/ratify/signing.ts';
import { checkParliament } from '../src/ratify/statements.ts';
import { addOrganization, initWorkspace, readMeta } from '../src/workspace/workspace.ts';
import { testSigner } from '../test/unit/ratify-helpers.ts';
import { medianMs, type Benchmark, type BenchRow } from './bench.ts';

const ORGS = 12;
const CLAUSES = 200;
const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

async function parliamentDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Bench Coalition');
  editConstitution(doc, (editor) => {
    let last = insertBlock(editor, 'article', undefined, 'Everything');
    for (let i = 0; i < CLAUSES; i += 1) last = insertBlock(editor, 'clause', last, `Clause ${i}: the members agree on point ${i} of the common platform.`);
  });
  const keys = [];
  for (let i = 0; i < ORGS; i += 1) {
    const org = addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` });
    const key = await testSigner();
    await bindKey(doc, org.id, key, at(0));
    keys.push(key);
  }
  const [chairKey] = keys;
  if (!chairKey) throw new Error('no keys');
  const clauses = readBlocks(doc).filter((b) => b.type === 'clause');
  for (const [i, clause] of clauses.entries()) {
    const motion = await openMotion(doc, chairKey, { kind: 'clause', target: clause.id, closesAt: at(10_000) }, at(1 + i / 1000));
    for (const [k, key] of keys.entries()) await castVote(doc, key, motion, k % 4 === 0 ? 'no' : 'yes', at(2 + i / 1000));
  }
  return doc;
}

/** Every signature the tally checks (roster, openings, votes), verified natively. */
function verifyNatively(doc: Y.Doc): number {
  const coalition = readMeta(doc).id;
  const spki = (hex: string) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
  let valid = 0;
  for (const motion of readStoredMotions(doc)) {
    if (verify(null, openingMessage(coalition, motion.id, motion.termsJson), spki(motion.key), Buffer.from(motion.signature, 'hex'))) valid += 1;
    for (const raw of motion.votes) {
      const vote = voteSchema.parse(raw);
      const message = voteMessage({ coalition, motion: vote.motion, digest: vote.digest, choice: vote.choice, castAt: vote.castAt });
      if (verify(null, message, spki(vote.key), Buffer.from(vote.signature, 'hex'))) valid += 1;
    }
  }
  return valid;
}

/** The motions and votes read out of the Y.Doc and parsed, with no check. */
function readOnly(doc: Y.Doc): number {
  let votes = 0;
  for (const motion of readStoredMotions(doc)) for (const raw of motion.votes) if (voteSchema.safeParse(raw).success) votes += 1;
  return votes;
}

const benchmark: Benchmark = {
  name: 'ratification tally',
  async run(): Promise<BenchRow[]> {
    const doc = await parliamentDoc();
    const now = at(20_000);
    const passed = readParliament(doc, now).motions.filter((m) => m.status === 'passed').length;
    if (passed !== CLAUSES) throw new Error(`expected ${CLAUSES} passed motions, got ${passed}`);
    const label = `${ORGS} orgs × ${CLAUSES} motions × ${ORGS} signed votes`;
    const cold = await medianMs(async () => {
      forgetVerifiedSignatures();
      await checkParliament(doc);
      readParliament(doc, now);
    }, 3, 1);
    const pureJs = await medianMs(() => {
      forgetVerifiedSignatures();
      readParliament(doc, now);
    }, 1, 0);
    const native = await medianMs(() => verifyNatively(doc), 3, 1);
    const warm = await medianMs(() => readParliament(doc, now));
    const plain = await medianMs(() => readOnly(doc));
    return [
      { figure: `tally, first read (every signature checked by WebCrypto first), ${label}`, concord: cold, baseline: native, baselineName: 'the same signatures verified by node:crypto (native OpenSSL)', unit: 'ms' },
      { figure: `tally, first read with pure-JavaScript ed25519 only, ${label}`, concord: pureJs, baseline: native, baselineName: 'the same signatures verified by node:crypto (native OpenSSL)', unit: 'ms' },
      { figure: `tally, signatures already checked, ${label}`, concord: warm, baseline: plain, baselineName: 'reading the motions and votes out of the Y.Doc, no checks', unit: 'ms' },
    ];
  },
};

export default benchmark;
