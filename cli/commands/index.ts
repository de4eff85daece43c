/**
 * The core's commands of the `concord` CLI, in the order `concord help` lists them (the server adds its own
 * in bin/concord.ts). Each entry is one line and loads its module only when the command runs: adding a
 * command is one line here and one module exporting its `CommandAction`.
 */
import type { Command } from '../command.ts';

export const coreCommands: readonly Command[] = [
  {
    name: 'init',
    summary: 'create a new coalition workspace file (--language: the language its exports are written in, English by default)',
    usage: 'concord init FILE --name NAME [--language en|es] [--json]',
    load: async () => (await import('./init.ts')).init,
  },
  {
    name: 'settings',
    summary: "show or change the coalition's settings: the language its exports are written in",
    usage: 'concord settings FILE [--language en|es] [--json]',
    load: async () => (await import('./settings.ts')).settings,
  },
  {
    name: 'org add',
    summary: 'add a member organization (while the coalition is being set up)',
    usage: 'concord org add FILE --name NAME --short SHORT [--colour #rrggbb] [--delegate NAME] [--json]',
    load: async () => (await import('./org.ts')).orgAdd,
  },
  {
    name: 'org set',
    summary: "change a member organization's name, short name, colour or delegate (after founding, name, short name and colour with its delegate's --key)",
    usage: 'concord org set FILE ORG [--name NAME] [--short SHORT] [--colour #rrggbb] [--delegate NAME] [--key KEYFILE] [--json]',
    load: async () => (await import('./org.ts')).orgSet,
  },
  {
    name: 'org remove',
    summary: 'remove a member organization (while the coalition is being set up)',
    usage: 'concord org remove FILE ORG [--json]',
    load: async () => (await import('./org.ts')).orgRemove,
  },
  {
    name: 'import',
    summary: "import an organization's founding documents (.txt .md .docx .odt .pdf .html)",
    usage: 'concord import FILE --org SHORT PATH... [--max-mb N] [--json]',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'compare',
    summary: "compare organizations' principles side by side: shared rows and unique principles, or by topic",
    usage: 'concord compare FILE --orgs A,B[,…] [--by similarity|topic] [--threshold X] [--json]',
    load: async () => (await import('./compare.ts')).compare,
  },
  {
    name: 'similarity',
    summary: 'how similar each pair of texts is (0 to 1), as Compare judges it: one line of FILE per pair, "text one<TAB>text two"',
    usage: 'concord similarity --pairs FILE [--json]',
    load: async () => (await import('./similarity.ts')).similarity,
  },
  {
    name: 'adopt',
    summary: 'adopt a principle into the constitution as a new clause (at the end, or after a given block)',
    usage: 'concord adopt FILE --principle ID [--after CLAUSE_ID] [--org SHORT] [--delegate NAME] [--json]',
    load: async () => (await import('./adopt.ts')).adopt,
  },
  {
    name: 'provenance',
    summary: 'show where each clause came from (organizations, sources, principles) and its history',
    usage: 'concord provenance FILE [--clause ID] [--json]',
    load: async () => (await import('./provenance.ts')).provenance,
  },
  {
    name: 'coverage',
    summary: "show how much of each organization's principles the draft uses, and which are not yet used",
    usage: 'concord coverage FILE [--json]',
    load: async () => (await import('./coverage.ts')).coverage,
  },
  {
    name: 'rules',
    summary: 'show or change the ratification rules (thresholds, quorum, weights, seriatim, voting period, chair term, place of adoption)',
    usage:
      'concord rules FILE [--kind clause|article|constitution|amendment|chair|admit|remove|replace-key|rules --threshold majority|two-thirds|three-quarters|unanimity --base cast|members --quorum PERCENT --abstentions excluded|counted] [--seriatim on|off] [--voting-days N] [--chair-term-days N] [--weight SHORT=N …] [--place TEXT] [--json]',
    load: async () => (await import('./rules.ts')).rules,
  },
  {
    name: 'key new',
    summary: 'make a new delegate key (ed25519) in a file only you can read; prints its fingerprint',
    usage: 'concord key new --out KEYFILE [--json]',
    load: async () => (await import('./key.ts')).keyNew,
  },
  {
    name: 'roster bind',
    summary: "put a delegate key on the roster: an organization's first key, a hand-over (--from the key in force), or a seat a replace-key motion gave",
    usage: 'concord roster bind FILE --org SHORT --key KEYFILE [--from OLDKEYFILE] [--delegate NAME] [--json]',
    load: async () => (await import('./roster.ts')).rosterBind,
  },
  {
    name: 'motion',
    summary: 'open a motion (a clause, an article, the whole text, an amendment, the chair, admitting or removing a member, replacing a lost key, the rules); prints its id',
    usage:
      'concord motion FILE --kind clause|article|whole|amend|chair|admit|remove|replace-key|rules|minutes|combine [--target BLOCK_ID] [--meeting ID] [--city CITY] [--org SHORT] [--text NEW_WORDING] [--name NAME --short SHORT] [--new-key KEYFILE|HEX] [--rule-kind KIND --threshold … (the options of concord rules)] [--closes ISO_TIME] --key KEYFILE [--json]',
    load: async () => (await import('./motion.ts')).motion,
  },
  {
    name: 'vote',
    summary: "cast (or change) your organization's vote on an open motion, signed with your delegate key",
    usage: 'concord vote FILE --motion ID --choice yes|no|abstain --key KEYFILE [--json]',
    load: async () => (await import('./vote.ts')).vote,
  },
  {
    name: 'close',
    summary: 'close a motion (the chair at any time; any delegate once every member has voted or the deadline has passed) and print its result',
    usage: 'concord close FILE --motion ID --key KEYFILE [--json]',
    load: async () => (await import('./close.ts')).close,
  },
  {
    name: 'withdraw',
    summary: "withdraw your organization from the coalition, signed with its delegate key (another organization's removal is a motion)",
    usage: 'concord withdraw FILE --org SHORT --key KEYFILE [--json]',
    load: async () => (await import('./withdraw.ts')).withdraw,
  },
  {
    name: 'tally',
    summary: 'count the signed votes: every motion, its result in words, each vote counted or rejected',
    usage: 'concord tally FILE [--json]',
    load: async () => (await import('./tally.ts')).tally,
  },
  {
    name: 'verify',
    summary: 'check every signature in a workspace (or a signed ratification record) and list what is invalid',
    usage: 'concord verify FILE [--json]',
    load: async () => (await import('./tally.ts')).verify,
  },
  {
    name: 'export',
    summary: 'write the constitution as PDF, Word, Markdown, HTML, Akoma Ntoso or the signed ratification record',
    usage: 'concord export FILE --format pdf|docx|md|html|akn|record --out OUT [--draft] [--provenance] [--parallel LANG] [--json]',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'meetings',
    summary: 'list the meetings of the parliament: id, date, chair, who was present, when adjourned, where the minutes stand',
    usage: 'concord meetings FILE [--json]',
    load: async () => (await import('./minutes.ts')).meetings,
  },
  {
    name: 'minutes',
    summary: "write a meeting's minutes as PDF, Word or Markdown (the chair's signed text, else Concord's draft from the record)",
    usage: 'concord minutes FILE --meeting ID|latest --format pdf|docx|md --out OUT [--json]',
    load: async () => (await import('./minutes.ts')).minutes,
  },
  {
    name: 'chapters',
    summary:
      "list each member organization's chapters, the cities and regions where members overlap, and the chapters the parliament combined (--appendix: whether exports print them)",
    usage: 'concord chapters FILE [--appendix on|off] [--json]',
    load: async () => (await import('./chapters.ts')).chapters,
  },
  {
    name: 'chapters import',
    summary: "add an organization's chapters from a CSV file (all or none; each bad row reported by line)",
    usage: 'concord chapters import FILE --org SHORT CSV [--json]',
    load: async () => (await import('./chapters.ts')).chaptersImport,
  },
  { name: 'info', summary: 'show the coalition, its organizations and its constitution', usage: 'concord info FILE [--json]', load: async () => (await import('./info.ts')).info },
  {
    name: 'repair',
    summary: 'drop the damaged parts of a workspace file (values of the wrong type, changes missing their history)',
    usage: 'concord repair FILE [--json]',
    load: async () => (await import('./repair.ts')).repair,
  },
];
