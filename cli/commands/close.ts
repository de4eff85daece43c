/**
 * `concord close FILE --motion ID --key KEYFILE [--json]`: close a motion with a signed closing that fixes
 * the votes counted — the chair at any time; any delegate once every member has voted or the deadline has
 * passed — and print its result in words. Like the mover's app, it then writes into the text the wording
 * of passed amendments that the closing delegate's organization moved.
 */
import { applyPassedAmendments, closeMotion } from '../../src/ratify/actions.ts';
import { orgOfKey, readParliament } from '../../src/ratify/parliament.ts';
import { explainMotion } from '../../src/ratify/rules.ts';
import { printData, requireFlag, requirePositional, type CommandAction } from '../command.ts';
import { readKeyFile } from '../key-file.ts';
import { findMotion } from '../parliament-refs.ts';
import { coreWords, openWorkspace, saveWorkspace } from '../workspace-file.ts';

export const close: CommandAction = {
  options: { motion: { type: 'string' }, key: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requireFlag(args, 'motion');
    const key = await readKeyFile(io, requireFlag(args, 'key'));
    const doc = await openWorkspace(io, file);
    const motion = findMotion(readParliament(doc), ref);
    await closeMotion(doc, key.signer, motion.id);
    const mover = orgOfKey(readParliament(doc).roster, key.publicKey);
    const applied = mover === undefined ? 0 : applyPassedAmendments(doc, mover);
    await saveWorkspace(io, file, doc);
    const closed = findMotion(readParliament(doc), motion.id);
    const wording = applied === 0 ? '' : `${io.say(applied === 1 ? 'act.close.applied_one' : 'act.close.applied_other', { count: applied })}\n`;
    const result = { motion: closed.id, status: closed.status, explanation: closed.explanation, closedAt: closed.closedAt, amendmentsApplied: applied };
    // The result in the reader's language; --json keeps it in English, as the tally's does.
    const explanation = explainMotion(closed, await coreWords(io));
    printData(io, args, result, (c) => `${io.say('act.close.closed', { status: c.status, explanation })}\n${wording}`);
    return 0;
  },
};
