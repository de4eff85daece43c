/**
 * The record's problems in the reader's language: a coalition whose record holds a forged vote, an invalid
 * motion and a refused key binding. `concord tally --json` gives their English sentences exactly as ever
 * (its contract); the tally in Spanish, `concord tally` in a Spanish shell and the signed ratification
 * record of a Spanish coalition word each of them in Spanish, with no English sentence left.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyRatificationRecord } from '../../src/export/record.ts';
import { workspaceRecord } from '../../src/export/workspace-facts.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { englishReason, reason, wordReason } from '../../src/ratify/reason.ts';
import { summarizeParliament, type TallySummary } from '../../src/ratify/summary.ts';
import { readCoalitionLanguage, setCoalitionLanguage } from '../../src/workspace/language.ts';
import { concord, runProgram, SPANISH, tempDir } from './cli-helpers.ts';
import { at } from './ratify-helpers.ts';
import { ENGLISH, FORGED, FORGED_ES, INVALID, INVALID_ES, REFUSED, REFUSED_ES, troubledRecord } from './troubled-record.ts';

/** Each problem of the record as the tally words it: the statement's, the motion's, the vote's and the roster log's. */
function worded(summary: TallySummary, ids: { invalid: string; forged: string }): { problems: string[]; explanation: string; reason: string; roster: string[] } {
  return {
    problems: summary.problems.map((p) => p.message).sort(),
    explanation: summary.motions.find((m) => m.id === ids.invalid)?.explanation ?? '',
    reason: summary.motions.flatMap((m) => m.votes).find((v) => v.id === ids.forged)?.reason ?? '',
    roster: summary.rosterLog.filter((e) => !e.valid).map((e) => e.problem),
  };
}

let record: Awaited<ReturnType<typeof troubledRecord>>;
let file: string;
beforeAll(async () => {
  record = await troubledRecord();
  file = join(tempDir(), 'coalition.concord');
  writeFileSync(file, encodeWorkspaceFile(record.doc));
});

describe('concord tally --json keeps its English', () => {
  it('prints the forged vote, the invalid motion and the refused binding in the very sentences it always did', async () => {
    const run = await concord(['tally', file, '--json']);
    expect(run.code).toBe(0);
    const summary: TallySummary = JSON.parse(run.out);
    expect(worded(summary, record)).toEqual({
      problems: [...ENGLISH].sort(),
      explanation: `Invalid: ${INVALID}`,
      reason: FORGED,
      roster: [REFUSED],
    });
    expect(summary.problems.find((p) => p.statement === record.binding)).toMatchObject({ kind: 'bind', message: REFUSED });
  });

  it('is the same in a Spanish shell', async () => {
    const english = await concord(['tally', file, '--json']);
    const spanish = runProgram(SPANISH, 'tally', file, '--json');
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toBe(english.out);
  });
});

describe('the same problems in Spanish', () => {
  it('summarizeParliament(…, "es") words each of them in Spanish, and no English sentence is left', () => {
    const summary = summarizeParliament(record.doc, at(61), undefined, 'es');
    expect(worded(summary, record)).toEqual({
      problems: [FORGED_ES, INVALID_ES, REFUSED_ES].sort(),
      explanation: `No válida: ${INVALID_ES}`,
      reason: FORGED_ES,
      roster: [REFUSED_ES],
    });
    const all = JSON.stringify(summary);
    for (const sentence of ENGLISH) expect(all).not.toContain(sentence);
  });

  it('the English tally is unchanged by having worded it in Spanish first', () => {
    summarizeParliament(record.doc, at(61), undefined, 'es');
    expect(worded(summarizeParliament(record.doc, at(61)), record).problems).toEqual([...ENGLISH].sort());
  });

  it('concord tally under LANG=es_ES.UTF-8 prints them in Spanish', () => {
    const run = runProgram(SPANISH, 'tally', file);
    expect(run.status).toBe(0);
    for (const sentence of [FORGED_ES, INVALID_ES, REFUSED_ES]) expect(run.stdout).toContain(sentence);
    for (const sentence of ENGLISH) expect(run.stdout).not.toContain(sentence);
  });

  it('the signed ratification record of a Spanish coalition says what is wrong in Spanish', () => {
    setCoalitionLanguage(record.doc, 'es');
    const signed = workspaceRecord(record.doc, at(61));
    if (!signed) throw new Error('no record');
    const problems = verifyRatificationRecord(JSON.parse(JSON.stringify(signed)), readCoalitionLanguage(record.doc)).problems;
    expect(problems).toContain(`Declaración ${record.forged.slice(0, 12)} (vote): ${FORGED_ES}`);
    expect(problems).toContain(`Declaración ${record.binding.slice(0, 12)} (bind): ${REFUSED_ES}`);
    for (const sentence of ENGLISH) expect(problems.join('\n')).not.toContain(sentence);
    const english = verifyRatificationRecord(JSON.parse(JSON.stringify(signed))).problems;
    expect(english).toContain(`Statement ${record.forged.slice(0, 12)} (vote): ${FORGED}`);
    setCoalitionLanguage(record.doc, 'en');
  });
});

describe('a reason is worded, never interpreted', () => {
  it('nests a reason in the same language, and takes a hostile name literally', () => {
    const hostile = '{{org}} $t(record:vote.late) <b>';
    const nested = reason('close.invalidVote', { reason: reason('vote.otherOrgKey', { signer: hostile, org: 'O3' }) });
    expect(englishReason(nested)).toBe(`It counts a vote that is not valid (It is signed with ${hostile}’s key, not O3’s.)`);
    expect(wordReason(nested, i18n.getFixedT('es', 'core'))).toBe(`El cierre cuenta un voto que no es válido (El voto está firmado con la clave de ${hostile}, no con la de O3.)`);
    expect(englishReason(reason('log.damaged', { count: 1 }))).toBe('1 entry of the signed record are not statements and were skipped.');
    expect(englishReason(reason('log.damaged', { count: 2 }))).toBe('2 entries of the signed record are not statements and were skipped.');
    expect(englishReason(undefined)).toBe('');
  });
});
