/**
 * The parliament's fold on a large coalition: 12 organizations, a 200-clause text, a motion on every
 * clause, every organization's signed vote on each and its closing (2,400 votes, 200 closings, the
 * founding and the roster: 2,612 signed statements). The app recounts after every new statement, so both
 * reads matter. Figures, each beside a baseline measured in the same run:
 * - the first read, every signature checked first by the platform's WebCrypto (as the app and the CLI do),
 *   and the same with the pure-JavaScript verifier alone (@noble/ed25519, strict RFC 8032), each against
 *   verifying the same signatures with node:crypto (native OpenSSL);
 * - a read with the signatures already checked, against parsing the same statements out of the Y.Doc with
 *   no check and no fold: what the fold's rules and reports cost on top of reading.
 */
import { createPublicKey, verify } from 'node:crypto';
import type * as Y from 'yjs';
import { editConstitution, readBlocks } from '../src/constitution/document.ts';
import { insertBlock } from '../src/constitution/structure.ts';
import { bindKey } from '../src/ratify/actions.ts';
import { textDigest } from '../src/ratify/digest.ts';
import { currentSeat, NO_SUBJECT, readParliament } from '../src/ratify/parliament.ts';
import { DEFAULT_RULES } from '../src/ratify/rules.ts';
import { forgetVerifiedSignatures, toHex, type Signer } from '../src/ratify/signing.ts';
import { parseStatement, signStatement, statementSignatures } from '../src/ratify/statement.ts';
import { appendStatements, statementsArray } from '../src/ratify/statement-log.ts';
import { checkParliament } from '../src/ratify/statements.ts';
import { newWorkspaceDoc } from '../src/workspace/doc.ts';
import { addOrganization } from '../src/workspace/workspace.ts';
import { initWorkspace } from '../src/workspace/init.ts';
import { testSigner } from '../test/unit/ratify-helpers.ts';
import { medianMs, type Benchmark, type BenchRow } from './bench.ts';

const ORGS = 12;
const CLAUSES = 200;
const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

/** The coalition, its roster, and every motion, vote and closing signed directly (as 12 apps would have). */
async function parliamentDoc(): Promise<Y.Doc> {
  const doc = newWorkspaceDoc();
  initWorkspace(doc, 'Bench Coalition');
  editConstitution(doc, (editor) => {
    let last = insertBlock(editor, 'article', undefined, 'Everything');
    for (let i = 0; i < CLAUSES; i += 1) last = insertBlock(editor, 'clause', last, `Clause ${i}: the members agree on point ${i} of the common platform.`);
  });
  const orgs = Array.from({ length: ORGS }, (_, i) => addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` }).id);
  const keys: Signer[] = [];
  for (const org of orgs) {
    const key = await testSigner();
    await bindKey(doc, org, key, new Date(T0));
    keys.push(key);
  }
  const p = readParliament(doc);
  const members = [...orgs].sort();
  const seats = Object.fromEntries(members.map((org) => [org, currentSeat(p.roster, org)]));
  const [chair] = keys;
  if (!chair) throw new Error('no keys');
  const stored: string[] = [];
  for (const [i, clause] of readBlocks(doc)
    .filter((b) => b.type === 'clause')
    .entries()) {
    const text = [clause];
    const digest = textDigest(text);
    const by = (k: number): string => toHex(keys[k]?.publicKey ?? new Uint8Array());
    const terms = {
      kind: 'clause' as const,
      target: clause.id,
      digest,
      text,
      newText: '',
      subject: NO_SUBJECT,
      rule: DEFAULT_RULES.clause,
      weights: {},
      members,
      seats,
      closesAt: at(10_000),
    };
    const open = await signStatement(
      { kind: 'open', coalition: p.coalition, by: by(0), at: at(1 + i / 1000), founding: p.founding, seat: seats[orgs[0] ?? ''] ?? '', after: [], terms },
      chair,
    );
    stored.push(open.stored);
    const votes: string[] = [];
    for (const [k, key] of keys.entries()) {
      const vote = await signStatement(
        {
          kind: 'vote',
          coalition: p.coalition,
          by: by(k),
          at: at(2 + i / 1000),
          motion: open.statement.id,
          seat: seats[orgs[k] ?? ''] ?? '',
          org: orgs[k] ?? '',
          digest,
          choice: k % 4 === 0 ? 'no' : 'yes',
          replaces: '',
        },
        key,
      );
      stored.push(vote.stored);
      votes.push(vote.statement.id);
    }
    stored.push(
      (
        await signStatement(
          { kind: 'close', coalition: p.coalition, by: by(0), at: at(3 + i / 1000), motion: open.statement.id, seat: seats[orgs[0] ?? ''] ?? '', digest, votes },
          chair,
        )
      ).stored,
    );
  }
  appendStatements(doc, stored);
  return doc;
}

/** Every signature the fold checks, verified natively. */
function verifyNatively(doc: Y.Doc): number {
  const spki = (hex: string) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
  let valid = 0;
  for (const raw of statementsArray(doc).toArray()) {
    const statement = parseStatement(raw);
    if (!statement) continue;
    for (const s of statementSignatures(statement)) if (verify(null, s.message, spki(s.publicKey), Buffer.from(s.signature, 'hex'))) valid += 1;
  }
  return valid;
}

/** The statements read out of the Y.Doc and parsed, with no check and no fold. */
function readOnly(doc: Y.Doc): number {
  return statementsArray(doc)
    .toArray()
    .filter((raw) => typeof raw === 'string' && JSON.parse(raw) !== null).length;
}

const benchmark: Benchmark = {
  name: 'ratification tally',
  async run(): Promise<BenchRow[]> {
    const doc = await parliamentDoc();
    const passed = readParliament(doc).motions.filter((m) => m.status === 'passed').length;
    if (passed !== CLAUSES) throw new Error(`expected ${CLAUSES} passed motions, got ${passed}`);
    const label = `${ORGS} orgs × ${CLAUSES} motions × ${ORGS} signed votes and a closing each`;
    const cold = await medianMs(
      async () => {
        forgetVerifiedSignatures();
        await checkParliament(doc);
        readParliament(doc);
      },
      3,
      1,
    );
    const pureJs = await medianMs(
      () => {
        forgetVerifiedSignatures();
        readParliament(doc);
      },
      1,
      0,
    );
    const native = await medianMs(() => verifyNatively(doc), 3, 1);
    const warm = await medianMs(() => readParliament(doc));
    const plain = await medianMs(() => readOnly(doc));
    return [
      {
        figure: `tally, first read (every signature checked by WebCrypto first), ${label}`,
        concord: cold,
        baseline: native,
        baselineName: 'the same signatures verified by node:crypto (native OpenSSL)',
        unit: 'ms',
      },
      {
        figure: `tally, first read with pure-JavaScript ed25519 only, ${label}`,
        concord: pureJs,
        baseline: native,
        baselineName: 'the same signatures verified by node:crypto (native OpenSSL)',
        unit: 'ms',
      },
      {
        figure: `tally, signatures already checked, ${label}`,
        concord: warm,
        baseline: plain,
        baselineName: 'reading the statements out of the Y.Doc as JSON, no checks, no fold',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
