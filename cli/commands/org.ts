/**
 * `concord org add|set|remove FILE …`: manage the coalition's member organizations while it is being set
 * up. Once a delegate key is on the roster the parliament governs membership: adding and removing are
 * refused with the motion to use instead, and an organization's name, short name and colour change only
 * by its own delegate's signed statement (`org set … --key KEYFILE`), as does the delegate's name on the
 * record (`org set … --delegate NAME --key KEYFILE`; without --key, only the local list changes).
 */
import type * as Y from 'yjs';
import { setProfile } from '../../src/ratify/actions.ts';
import { orgOfKey, readParliament, type Parliament } from '../../src/ratify/parliament.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import {
  addOrganization,
  checkOrganizationFields,
  findOrganization,
  nextOrganizationColour,
  removeOrganization,
  updateOrganization,
  type Organization,
  type OrganizationInput,
} from '../../src/workspace/workspace.ts';
import { printJson, requireFlag, requirePositional, stringFlag, UsageError, type CommandAction, type ParsedArgs } from '../command.ts';
import { readKeyFile, type DelegateKey } from '../key-file.ts';
import { organizationId } from '../parliament-refs.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

const fieldOptions = {
  name: { type: 'string' },
  short: { type: 'string' },
  colour: { type: 'string' },
  delegate: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function fields(args: ParsedArgs): OrganizationInput {
  const input: OrganizationInput = {};
  for (const key of ['name', 'short', 'colour', 'delegate'] as const) {
    const value = stringFlag(args, key);
    if (value !== undefined) input[key] = value;
  }
  return input;
}

function refuseInSession(parliament: Parliament, refusal: ConcordError): void {
  if (parliament.founded) throw refusal;
}

export const orgAdd: CommandAction = {
  options: fieldOptions,
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    requireFlag(args, 'name');
    requireFlag(args, 'short');
    const doc = await openWorkspace(io, file);
    refuseInSession(readParliament(doc), new ConcordError('org.admit-by-motion', { file }));
    const org = addOrganization(doc, fields(args));
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`${io.say('org.added', { name: org.name, short: org.short })}\n`);
    return 0;
  },
};

/** Sign `org`'s new name, short name and colour (and, given --delegate, the delegate's own name) with its delegate's key, the fields not given staying as signed. */
async function signProfile(doc: Y.Doc, parliament: Parliament, org: string, input: OrganizationInput, key: DelegateKey): Promise<void> {
  const known = parliament.organizations.get(org);
  if (orgOfKey(parliament.roster, key.publicKey) !== org) throw new ConcordError('org.not-yours.profile', { org: known?.short ?? org });
  const checked = checkOrganizationFields(input);
  const short = checked.short ?? known?.short ?? '';
  const clash = [...parliament.organizations.values()].find((o) => o.org !== org && o.short.toLowerCase() === short.toLowerCase());
  if (clash) throw new ConcordError('org.duplicate-short.by', { short, name: clash.name });
  const colour = checked.colour ?? (known?.colour || findOrganization(doc, org)?.colour || nextOrganizationColour(doc));
  await setProfile(doc, key.signer, { name: checked.name ?? known?.name ?? '', short, colour, ...(checked.delegate === undefined ? {} : { delegate: checked.delegate }) });
}

export const orgSet: CommandAction = {
  options: { ...fieldOptions, key: { type: 'string' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requirePositional(args, 1, 'org');
    const input = fields(args);
    if (Object.keys(input).length === 0) throw new UsageError('usage.nothingToChange');
    const keyPath = stringFlag(args, 'key');
    const key = keyPath === undefined ? undefined : await readKeyFile(io, keyPath);
    const doc = await openWorkspace(io, file);
    const parliament = readParliament(doc);
    let org: Organization;
    if (!parliament.founded) org = updateOrganization(doc, ref, input);
    else {
      const id = organizationId(doc, parliament, ref);
      const { delegate, ...signed } = input;
      if (Object.keys(signed).length > 0 || (delegate !== undefined && key)) {
        if (!key) throw new ConcordError('org.profile-by-delegate', { ref, file });
        await signProfile(doc, parliament, id, input, key);
      }
      const plain = delegate === undefined ? findOrganization(doc, id) : updateOrganization(doc, id, { delegate });
      const shown = readParliament(doc).organizations.get(id);
      org = { id, name: shown?.name ?? '', short: shown?.short ?? '', colour: shown?.colour || plain?.colour || '', delegate: plain?.delegate ?? '' };
    }
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`${io.say('org.updated', { name: org.name, short: org.short })}\n`);
    return 0;
  },
};

export const orgRemove: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requirePositional(args, 1, 'org');
    const doc = await openWorkspace(io, file);
    refuseInSession(readParliament(doc), new ConcordError('org.remove-by-motion', { file, ref }));
    const org = removeOrganization(doc, ref);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { removed: org });
    else io.out(`${io.say('org.removed', { name: org.name, short: org.short })}\n`);
    return 0;
  },
};
