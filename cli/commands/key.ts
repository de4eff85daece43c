/** `concord key new --out KEYFILE [--json]`: make a delegate's ed25519 key, in a new file only its owner can read. */
import { printJson, requireFlag, type CommandAction } from '../command.ts';
import { createKeyFile } from '../key-file.ts';

export const keyNew: CommandAction = {
  options: { out: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const out = requireFlag(args, 'out');
    const key = await createKeyFile(io, out);
    if (args.values.json) printJson(io, { file: out, publicKey: key.publicKey, fingerprint: key.fingerprint });
    else io.out(`${io.say('act.key.wrote', { file: out, fingerprint: key.fingerprint })}\n`);
    return 0;
  },
};
