/**
 * `concord roster bind FILE --org S --key KEYFILE [--from OLDKEYFILE] [--delegate NAME] [--json]`: put a delegate key on the
 * coalition's roster. While setting up, the organization's first key (the very first founds the coalition:
 * it signs the members and rules as they stand); with --from, the hand-over of the seat from the key in
 * force (OLDKEYFILE) to the new one, both signing; with --key alone where a passed replace-key motion gave
 * the seat to that key, taking it. Anything else is refused and the file is left as it was. The key signs
 * the delegate's name with it: --delegate, or else (a first key, a replacement) the name given with
 * `org add --delegate` while setting up; a hand-over carries only a name given with --delegate.
 */
import { bindKey, handOver, takeReplacedSeat } from '../../src/ratify/actions.ts';
import { currentKey, signedDelegate, readParliament } from '../../src/ratify/parliament.ts';
import { findOrganization } from '../../src/workspace/workspace.ts';
import { keyFingerprint } from '../../src/ratify/signing.ts';
import { printData, requireFlag, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import { readKeyFile } from '../key-file.ts';
import { organizationId, shortName } from '../parliament-refs.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

type How = 'founding' | 'first key' | 'hand-over' | 'replacement' | 'already bound';

interface Bound {
  org: string;
  short: string;
  fingerprint: string;
  how: How;
  /** The delegate's name the seat signed; "" for none. */
  delegate: string;
}

/** The cli catalog's sentence for each way a key came onto the roster (`…Delegate`: naming the delegate the key signed). */
const SAID = {
  founding: 'founding',
  'first key': 'firstKey',
  'hand-over': 'handOver',
  replacement: 'replacement',
  'already bound': 'alreadyBound',
} as const satisfies Readonly<Record<How, string>>;

export const rosterBind: CommandAction = {
  options: { org: { type: 'string' }, key: { type: 'string' }, from: { type: 'string' }, delegate: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const orgRef = requireFlag(args, 'org');
    const key = await readKeyFile(io, requireFlag(args, 'key'));
    const fromPath = stringFlag(args, 'from');
    const from = fromPath === undefined ? undefined : await readKeyFile(io, fromPath);
    const doc = await openWorkspace(io, file);
    const parliament = readParliament(doc);
    const org = organizationId(doc, parliament, orgRef);
    const given = stringFlag(args, 'delegate');
    const delegate = given ?? (from ? '' : (findOrganization(doc, org)?.delegate ?? ''));
    const replacement = parliament.motions.some((m) => m.kind === 'replace-key' && m.status === 'passed' && m.target === org && m.subject.key === key.publicKey);
    let how: How;
    if (currentKey(parliament.roster, org) === key.publicKey) how = 'already bound';
    else if (from) {
      await handOver(doc, org, from.signer, key.signer, new Date(), delegate);
      how = 'hand-over';
    } else if (replacement) {
      await takeReplacedSeat(doc, org, key.signer, new Date(), delegate);
      how = 'replacement';
    } else {
      await bindKey(doc, org, key.signer, new Date(), delegate);
      how = parliament.founded ? 'first key' : 'founding';
    }
    if (how !== 'already bound') await saveWorkspace(io, file, doc);
    const after = readParliament(doc);
    const bound: Bound = { org, short: shortName(after, org), fingerprint: keyFingerprint(key.publicKey), how, delegate: signedDelegate(after.roster, org) };
    printData(
      io,
      args,
      bound,
      (b) => `${io.say(`report.roster.${SAID[b.how]}${b.delegate ? 'Delegate' : ''}`, { short: b.short, fingerprint: b.fingerprint, delegate: b.delegate })}\n`,
    );
    return 0;
  },
};
