/**
 * The core's commands of the `concord` CLI, in the order `concord help` lists them (the server adds its own
 * in bin/concord.ts). Each entry is one line and loads its module only when the command runs: adding a
 * command is one line here and one module exporting its `CommandAction`.
 */
import type { Command } from '../command.ts';

export const coreCommands: readonly Command[] = [
  {
    name: 'init',
    usage: 'concord init FILE --name NAME [--language en|es] [--json]',
    load: async () => (await import('./init.ts')).init,
  },
  {
    name: 'settings',
    usage: 'concord settings FILE [--language en|es] [--json]',
    load: async () => (await import('./settings.ts')).settings,
  },
  {
    name: 'org add',
    usage: 'concord org add FILE --name NAME --short SHORT [--colour #rrggbb] [--delegate NAME] [--json]',
    load: async () => (await import('./org.ts')).orgAdd,
  },
  {
    name: 'org set',
    usage: 'concord org set FILE ORG [--name NAME] [--short SHORT] [--colour #rrggbb] [--delegate NAME] [--key KEYFILE] [--json]',
    load: async () => (await import('./org.ts')).orgSet,
  },
  {
    name: 'org remove',
    usage: 'concord org remove FILE ORG [--json]',
    load: async () => (await import('./org.ts')).orgRemove,
  },
  {
    name: 'import',
    usage: 'concord import FILE --org SHORT PATH... [--max-mb N] [--json]',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'compare',
    usage: 'concord compare FILE --orgs A,B[,…] [--by similarity|topic] [--threshold X] [--json]',
    load: async () => (await import('./compare.ts')).compare,
  },
  {
    name: 'similarity',
    usage: 'concord similarity --pairs FILE [--json]',
    load: async () => (await import('./similarity.ts')).similarity,
  },
  {
    name: 'adopt',
    usage: 'concord adopt FILE --principle ID [--after CLAUSE_ID] [--org SHORT] [--delegate NAME] [--json]',
    load: async () => (await import('./adopt.ts')).adopt,
  },
  {
    name: 'provenance',
    usage: 'concord provenance FILE [--clause ID] [--json]',
    load: async () => (await import('./provenance.ts')).provenance,
  },
  {
    name: 'coverage',
    usage: 'concord coverage FILE [--json]',
    load: async () => (await import('./coverage.ts')).coverage,
  },
  {
    name: 'rules',
    usage:
      'concord rules FILE [--kind clause|article|constitution|amendment|chair|admit|remove|replace-key|rules --threshold majority|two-thirds|three-quarters|unanimity --base cast|members --quorum PERCENT --abstentions excluded|counted] [--seriatim on|off] [--voting-days N] [--chair-term-days N] [--weight SHORT=N …] [--place TEXT] [--json]',
    load: async () => (await import('./rules.ts')).rules,
  },
  {
    name: 'key new',
    usage: 'concord key new --out KEYFILE [--json]',
    load: async () => (await import('./key.ts')).keyNew,
  },
  {
    name: 'roster bind',
    usage: 'concord roster bind FILE --org SHORT --key KEYFILE [--from OLDKEYFILE] [--delegate NAME] [--json]',
    load: async () => (await import('./roster.ts')).rosterBind,
  },
  {
    name: 'motion',
    usage:
      'concord motion FILE --kind clause|article|whole|amend|chair|admit|remove|replace-key|rules|minutes|combine [--target BLOCK_ID] [--meeting ID] [--city CITY] [--org SHORT] [--text NEW_WORDING] [--name NAME --short SHORT] [--new-key KEYFILE|HEX] [--rule-kind KIND --threshold … (the options of concord rules)] [--closes ISO_TIME] --key KEYFILE [--json]',
    load: async () => (await import('./motion.ts')).motion,
  },
  {
    name: 'vote',
    usage: 'concord vote FILE --motion ID --choice yes|no|abstain --key KEYFILE [--json]',
    load: async () => (await import('./vote.ts')).vote,
  },
  {
    name: 'close',
    usage: 'concord close FILE --motion ID --key KEYFILE [--json]',
    load: async () => (await import('./close.ts')).close,
  },
  {
    name: 'withdraw',
    usage: 'concord withdraw FILE --org SHORT --key KEYFILE [--json]',
    load: async () => (await import('./withdraw.ts')).withdraw,
  },
  {
    name: 'tally',
    usage: 'concord tally FILE [--json]',
    load: async () => (await import('./tally.ts')).tally,
  },
  {
    name: 'verify',
    usage: 'concord verify FILE [--json]',
    load: async () => (await import('./tally.ts')).verify,
  },
  {
    name: 'export',
    usage: 'concord export FILE --format pdf|docx|md|html|akn|record --out OUT [--draft] [--provenance] [--parallel LANG] [--json]',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'meetings',
    usage: 'concord meetings FILE [--json]',
    load: async () => (await import('./minutes.ts')).meetings,
  },
  {
    name: 'minutes',
    usage: 'concord minutes FILE --meeting ID|latest --format pdf|docx|md --out OUT [--json]',
    load: async () => (await import('./minutes.ts')).minutes,
  },
  {
    name: 'chapters',
    usage: 'concord chapters FILE [--appendix on|off] [--json]',
    load: async () => (await import('./chapters.ts')).chapters,
  },
  {
    name: 'chapters import',
    usage: 'concord chapters import FILE --org SHORT CSV [--json]',
    load: async () => (await import('./chapters.ts')).chaptersImport,
  },
  { name: 'info', usage: 'concord info FILE [--json]', load: async () => (await import('./info.ts')).info },
  {
    name: 'repair',
    usage: 'concord repair FILE [--json]',
    load: async () => (await import('./repair.ts')).repair,
  },
];
