/**
 * The rule table: each case a coalition, its rule, the ballots, and whether the motion passes, with the
 * result explained in words. Twelve member organizations unless said otherwise.
 */
import { i18n } from '../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_RULES, explainOutcome, neededFor, type Ballot, type Choice, type Member, type Rule } from '../../src/ratify/rules.ts';

const EN = i18n.getFixedT('en', 'core');

const ORGS = Array.from({ length: 12 }, (_, i) => `O${i + 1}`);
const members = (n = 12, weights: number[] = []): Member[] => ORGS.slice(0, n).map((org, i) => ({ org, weight: weights[i] ?? 1 }));

/** "5y 3n 2a": the first five organizations vote yes, the next three no, the next two abstain. */
function ballots(spec: string): Ballot[] {
  const out: Ballot[] = [];
  let next = 0;
  for (const part of spec.split(' ').filter(Boolean)) {
    const count = Number(part.slice(0, -1));
    const choice: Choice = part.endsWith('y') ? 'yes' : part.endsWith('n') ? 'no' : 'abstain';
    for (let i = 0; i < count; i += 1) out.push({ org: ORGS[next++] ?? 'none', choice });
  }
  return out;
}

const clause = DEFAULT_RULES.clause;
const whole = DEFAULT_RULES.constitution;
const chair = DEFAULT_RULES.chair;
const cast = (threshold: Rule['threshold'], abstentions: Rule['abstentions'] = 'excluded'): Rule => ({ base: 'cast', threshold, quorum: 0.5, abstentions });

const TABLE: Array<[string, Rule, Member[], string, boolean]> = [
  ['clause: plain majority of votes cast', clause, members(), '7y 5n', true],
  ['clause: tie fails', clause, members(), '6y 6n', false],
  ['clause: abstentions do not count as votes cast', clause, members(), '4y 3n 5a', true],
  ['clause: abstentions counted in the base', cast('majority', 'counted'), members(), '4y 3n 5a', false],
  ['clause: quorum met exactly (6 of 12)', clause, members(), '4y 2n', true],
  ['clause: quorum missed by one (5 of 12)', clause, members(), '4y 1n', false],
  ['clause: abstaining counts toward the quorum', clause, members(), '2y 1n 3a', true],
  ['clause: everyone abstains — no votes cast', clause, members(), '12a', false],
  ['two-thirds of votes cast: exactly two-thirds passes', cast('two-thirds'), members(), '8y 4n', true],
  ['two-thirds of votes cast: one short fails', cast('two-thirds'), members(), '7y 4n', false],
  ['three-quarters of votes cast: exactly', cast('three-quarters'), members(), '9y 3n', true],
  ['three-quarters of votes cast: one short', cast('three-quarters'), members(), '8y 3n', false],
  ['unanimity of votes cast with one abstention passes', cast('unanimity'), members(), '11y 1a', true],
  ['unanimity, abstentions counted: one abstention fails', cast('unanimity', 'counted'), members(), '11y 1a', false],
  ['unanimity: one no fails', cast('unanimity'), members(), '11y 1n', false],
  ['whole constitution: two-thirds of members (8 of 12)', whole, members(), '8y 1n 3a', true],
  ['whole constitution: 7 of 12 fails even with no one against', whole, members(), '7y 5a', false],
  ['whole constitution: absent members count against', whole, members(), '7y', false],
  ['amendment: the same rule as the whole text', DEFAULT_RULES.amendment, members(), '9y 3n', true],
  ['chair: majority of members needs 7 of 12', chair, members(), '6y 2n 4a', false],
  ['chair: 7 of 12 elects', chair, members(), '7y 5n', true],
  ['weighted: a heavy member carries a majority of votes cast', clause, members(4, [5, 1, 1, 1]), '1y 3n', true],
  ['weighted: two-thirds of members by weight', whole, members(4, [3, 3, 2, 1]), '2y 2n', true],
  ['weighted: quorum counts organizations, not weight', clause, members(4, [9, 1, 1, 1]), '1y', false],
];

describe('rules', () => {
  it.each(TABLE)('%s', (_name, rule, who, spec, passed) => {
    const outcome = decide(rule, who, ballots(spec));
    expect(outcome.passed).toBe(passed);
    expect(explainOutcome(rule, outcome, EN).startsWith(passed ? 'Passed' : 'Failed')).toBe(true);
  });

  it('explains a result in words', () => {
    expect(explainOutcome(whole, decide(whole, members(), ballots('9y 2n 1a')), EN)).toBe(
      'Passed: 9 of 12 member votes said yes (9 yes, 2 no, 1 abstention); two-thirds of members (8) required.',
    );
    expect(explainOutcome(clause, decide(clause, members(), ballots('4y 1n')), EN)).toBe('Failed: no quorum — 5 of 12 member organizations took part; 6 needed.');
    expect(explainOutcome(clause, decide(clause, members(), ballots('5y 5n 2a')), EN)).toBe('Failed: 5 yes, 5 no, 2 abstentions; a majority of votes cast (6 of 10) required.');
  });

  it('counts only members, and only each member’s last ballot', () => {
    const outcome = decide(clause, members(), [...ballots('6y'), { org: 'O1', choice: 'no' }, { org: 'Intruder', choice: 'yes' }]);
    expect({ yes: outcome.yes, no: outcome.no, participants: outcome.participants }).toEqual({ yes: 5, no: 1, participants: 6 });
  });

  it('needs more than half for a majority, and at least the fraction otherwise', () => {
    expect([neededFor('majority', 10), neededFor('majority', 11), neededFor('two-thirds', 12), neededFor('three-quarters', 10), neededFor('unanimity', 7)]).toEqual([
      6, 6, 8, 8, 7,
    ]);
  });
});
