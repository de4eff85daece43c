/**
 * `concord vote FILE --motion ID --choice yes|no|abstain --key KEYFILE [--json]`: cast (or change, until
 * the close) the vote of the organization whose delegate key it is, and show the count so far.
 */
import { castVote } from '../../src/ratify/actions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { explainMotion, type Choice } from '../../src/ratify/rules.ts';
import { printData, requireFlag, requirePositional, UsageError, type CommandAction } from '../command.ts';
import { readKeyFile } from '../key-file.ts';
import { findMotion } from '../parliament-refs.ts';
import { coreWords, openWorkspace, saveWorkspace } from '../workspace-file.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

function isChoice(value: string): value is Choice {
  return CHOICES.some((choice) => choice === value);
}

export const vote: CommandAction = {
  options: { motion: { type: 'string' }, choice: { type: 'string' }, key: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requireFlag(args, 'motion');
    const choice = requireFlag(args, 'choice');
    if (!isChoice(choice)) throw new UsageError('usage.choice', { value: choice });
    const key = await readKeyFile(io, requireFlag(args, 'key'));
    const doc = await openWorkspace(io, file);
    const motion = findMotion(readParliament(doc), ref);
    const id = await castVote(doc, key.signer, motion.id, choice);
    await saveWorkspace(io, file, doc);
    const after = findMotion(readParliament(doc), motion.id);
    const explanation = explainMotion(after, await coreWords(io));
    printData(
      io,
      args,
      { id, motion: motion.id, choice, status: after.status, explanation: after.explanation },
      (v) => `${io.say('vote.voted', { choice: io.say(`report.tally.choice.${v.choice}`), explanation })}\n`,
    );
    return 0;
  },
};
