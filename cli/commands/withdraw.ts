/** `concord withdraw FILE --org SHORT --key KEYFILE [--json]`: an organization leaves the coalition, signed by its own delegate. */
import { withdrawOrganization } from '../../src/ratify/actions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { printData, requireFlag, requirePositional, type CommandAction } from '../command.ts';
import { readKeyFile } from '../key-file.ts';
import { organizationId, shortName } from '../parliament-refs.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

export const withdraw: CommandAction = {
  options: { org: { type: 'string' }, key: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requireFlag(args, 'org');
    const key = await readKeyFile(io, requireFlag(args, 'key'));
    const doc = await openWorkspace(io, file);
    const parliament = readParliament(doc);
    const org = organizationId(doc, parliament, ref);
    await withdrawOrganization(doc, key.signer, org);
    await saveWorkspace(io, file, doc);
    const left = readParliament(doc).organizations.get(org);
    printData(
      io,
      args,
      { org, short: shortName(parliament, org), status: left?.status ?? 'withdrawn', since: left?.since ?? '' },
      (w) => `${io.say('withdraw.done', { short: w.short })}\n`,
    );
    return 0;
  },
};
