/** `concord org add|set|remove FILE …`: manage the coalition's member organizations. */
import { addOrganization, removeOrganization, updateOrganization, type OrganizationInput } from '../../workspace/workspace.ts';
import { printJson, requireFlag, requirePositional, stringFlag, UsageError, type Command, type ParsedArgs } from '../command.ts';
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

export const orgAdd: Command = {
  name: 'org add',
  summary: 'add a member organization',
  usage: 'concord org add FILE --name NAME --short SHORT [--colour #rrggbb] [--delegate NAME] [--json]',
  options: fieldOptions,
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    requireFlag(args, 'name');
    requireFlag(args, 'short');
    const doc = await openWorkspace(io, file);
    const org = addOrganization(doc, fields(args));
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`Added ${org.name} (${org.short}).\n`);
    return 0;
  },
};

export const orgSet: Command = {
  name: 'org set',
  summary: "change a member organization's name, short name, colour or delegate",
  usage: 'concord org set FILE ORG [--name NAME] [--short SHORT] [--colour #rrggbb] [--delegate NAME] [--json]',
  options: fieldOptions,
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    const ref = requirePositional(args, 1, 'ORG (its short name or id)');
    const input = fields(args);
    if (Object.keys(input).length === 0) throw new UsageError('Nothing to change: give at least one of --name, --short, --colour, --delegate.');
    const doc = await openWorkspace(io, file);
    const org = updateOrganization(doc, ref, input);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`Updated ${org.name} (${org.short}).\n`);
    return 0;
  },
};

export const orgRemove: Command = {
  name: 'org remove',
  summary: 'remove a member organization',
  usage: 'concord org remove FILE ORG [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    const ref = requirePositional(args, 1, 'ORG (its short name or id)');
    const doc = await openWorkspace(io, file);
    const org = removeOrganization(doc, ref);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { removed: org });
    else io.out(`Removed ${org.name} (${org.short}).\n`);
    return 0;
  },
};
