/**
 * English strings of the "cli" namespace: the reference every other language's catalog must match. The CLI
 * reads English straight from here (cli/words.ts), without i18next: plain {{name}} placeholders only.
 */
export const cli = {
  help: "Concord: draft a coalition's constitution together.\n\nUsage:\n{{commands}}\n\nconcord COMMAND --help shows one command's usage.\n",
  unknownCommand: 'concord: unknown command "{{command}}".',
  usageLine: 'Usage: {{usage}}',
  /** One line per command, as `concord help` lists it. */
  commands: {
    init: 'create a new coalition workspace file (--language: the language its exports are written in, English by default)',
    settings: "show or change the coalition's settings: the language its exports are written in",
    'org add': 'add a member organization (while the coalition is being set up)',
    'org set': "change a member organization's name, short name, colour or delegate (after founding, name, short name and colour with its delegate's --key)",
    'org remove': 'remove a member organization (while the coalition is being set up)',
    import: "import an organization's founding documents (.txt .md .docx .odt .pdf .html)",
    compare: "compare organizations' principles side by side: shared rows and unique principles, or by topic",
    similarity: 'how similar each pair of texts is (0 to 1), as Compare judges it: one line of FILE per pair, "text one<TAB>text two"',
    adopt: 'adopt a principle into the constitution as a new clause (at the end, or after a given block)',
    provenance: 'show where each clause came from (organizations, sources, principles) and its history',
    coverage: "show how much of each organization's principles the draft uses, and which are not yet used",
    rules: 'show or change the ratification rules (thresholds, quorum, weights, seriatim, voting period, chair term, place of adoption)',
    'key new': 'make a new delegate key (ed25519) in a file only you can read; prints its fingerprint',
    'roster bind': "put a delegate key on the roster: an organization's first key, a hand-over (--from the key in force), or a seat a replace-key motion gave",
    motion: 'open a motion (a clause, an article, the whole text, an amendment, the chair, admitting or removing a member, replacing a lost key, the rules); prints its id',
    vote: "cast (or change) your organization's vote on an open motion, signed with your delegate key",
    close: 'close a motion (the chair at any time; any delegate once every member has voted or the deadline has passed) and print its result',
    withdraw: "withdraw your organization from the coalition, signed with its delegate key (another organization's removal is a motion)",
    tally: 'count the signed votes: every motion, its result in words, each vote counted or rejected',
    verify: 'check every signature in a workspace (or a signed ratification record) and list what is invalid',
    export: 'write the constitution as PDF, Word, Markdown, HTML, Akoma Ntoso or the signed ratification record',
    meetings: 'list the meetings of the parliament: id, date, chair, who was present, when adjourned, where the minutes stand',
    minutes: "write a meeting's minutes as PDF, Word or Markdown (the chair's signed text, else Concord's draft from the record)",
    chapters:
      "list each member organization's chapters, the cities and regions where members overlap, and the chapters the parliament combined (--appendix: whether exports print them)",
    'chapters import': "add an organization's chapters from a CSV file (all or none; each bad row reported by line)",
    info: 'show the coalition, its organizations and its constitution',
    repair: 'drop the damaged parts of a workspace file (values of the wrong type, changes missing their history)',
    serve: 'run the sync server (y-websocket protocol, invitations, LevelDB store) until SIGTERM or Ctrl-C',
    invite: 'invite an organization to a workspace on the sync server (prints a token and a join link), revoke or list invitations',
  },
  /** A command line that is wrong: printed with the command's usage. */
  /** What the reading commands print (info, tally, verify, provenance, coverage, compare, similarity, chapters, roster). */
  report: {},
  usage: {
    required: '--{{name}} is required.',
    missing: {
      file: 'FILE is missing.',
      org: 'ORG (its short name or id) is missing.',
      csv: 'CSV is missing.',
    },
    by: '--by must be "similarity" or "topic", not "{{value}}".',
    thresholdWithTopic: '--threshold is a similarity: it does not apply with --by topic.',
    threshold: '--threshold must be a number such as {{example}}, not "{{value}}".',
    kind: '--kind is one of {{kinds}}, not "{{value}}".',
    closes: '--closes takes a date and time like 2026-12-24T18:00:00Z, not "{{value}}".',
    rulesChange: 'A motion on the rules needs the change it proposes: the options of concord rules (with --rule-kind for the kind of motion a rule is for).',
    ruleFlags: '--{{flags}} only go with --kind rules.',
    minutesFormat: '"{{format}}" is not a format concord writes minutes in: use one of {{formats}}.',
    maxMb: '--max-mb must be a positive number of megabytes, not "{{value}}".',
    noDocument: 'Give at least one document to import (PATH).',
    appendix: '--appendix is on or off, not "{{value}}".',
    nothingToChange: 'Nothing to change: give at least one of --name, --short, --colour, --delegate.',
    number: '--{{name}} takes a number, not "{{value}}".',
    ruleKind: 'Say which kind of motion the rule is for with --kind.',
    invalidRule: 'That rule for {{kind}} is not valid: {{issues}}.',
    weight: '--weight takes SHORT=N, like PSL=2, not "{{value}}".',
    unknownOrg: 'There is no member organization "{{short}}".',
    seriatim: '--seriatim is on or off.',
    exportFormat: '"{{format}}" is not a format concord can export: use one of {{formats}}.',
    choice: '--choice is yes, no or abstain, not "{{value}}".',
    limits: '--limits {{path}}: {{reason}}',
    port: '--port must be a port number (0 to 65535), not "{{value}}".',
    expires: '--expires must be a duration (30m, 12h, 7d) or a date (2026-12-31T18:00Z), not "{{value}}".',
    parallel: '--parallel "{{value}}": Concord keeps translations into {{languages}} only.',
    role: '--role must be delegate, chair or observer, not "{{value}}".',
  },
  org: {
    added: 'Added {{name}} ({{short}}).',
    updated: 'Updated {{name}} ({{short}}).',
    removed: 'Removed {{name}} ({{short}}).',
  },
  /** What the writing commands print (import, export, minutes, meetings, motion, close, key, rules, repair, adopt, init, settings, the server's). */
  act: {
    /** bin/concord.ts: a failure no command foresaw (a bug), with its stack. */
    unexpected: 'concord: unexpected error: {{error}}',
    import: {
      file: '{{path}}: {{principles}} principles → "{{title}}" [{{id}}]',
      fileVersion: '{{path}}: {{principles}} principles → "{{title}}" [{{id}}], version {{version}} ({{kept}} unchanged)',
      failed: '{{path}}: {{error}}',
      done_one: 'Imported {{imported}} of {{total}} file for {{org}} into {{file}}.',
      done_other: 'Imported {{imported}} of {{total}} files for {{org}} into {{file}}.',
    },
    export: {
      step: {
        layingOut: 'Laying out the pages…',
        printing: 'Printing…',
        numberingPages: 'Finding the page of each heading…',
        printingWithPageNumbers: 'Printing with the page numbers in the contents…',
      },
      ratified: 'Wrote {{out}} ({{format}}, ratified text).',
      ratifiedProvenance: 'Wrote {{out}} ({{format}}, ratified text, with provenance notes).',
      draft: 'Wrote {{out}} ({{format}}, full draft with status marks).',
      draftProvenance: 'Wrote {{out}} ({{format}}, full draft with status marks, with provenance notes).',
    },
    minutes: {
      printing: 'Printing…',
      wrote: 'Wrote {{out}} ({{format}}, minutes of the meeting of {{date}}: {{status}}).',
    },
    meetings: {
      none: 'No meeting has been convened yet.',
      heading: 'Meetings ({{count}}):',
      /** A meeting's first line: date, chair and minutes, in columns. */
      meeting: '{{date}}  chair {{chair}}  minutes: {{status}}',
      id: 'id {{id}}',
      present: 'present ({{count}}): {{names}}',
      presentNobody: 'present ({{count}}): nobody answered the roll call',
      notAdjourned: 'not adjourned',
      adjourned: 'adjourned {{date}}',
      videoCall: 'video call {{link}}',
    },
    motion: { opened: 'Opened; voting closes at {{closesAt}} unless closed earlier.' },
    close: {
      closed: 'Closed [{{status}}]: {{explanation}}',
      applied_one: 'The wording of the passed amendment is now in the text.',
      applied_other: 'The wording of {{count}} passed amendments is now in the text.',
    },
    key: {
      wrote:
        'Wrote a new delegate key to {{file}}.\nFingerprint: {{fingerprint}}\nRead the fingerprint to the other delegates so they can check it on the roster. Keep the file secret: whoever has it speaks for your organization.',
    },
    rules: {
      heading: 'Motions are decided by:',
      /** One kind of motion's rule; {{kind}} is the kind as --kind names it, padded into a column. */
      ruleCounted: '{{kind}} {{rule}}; abstentions count in the base',
      ruleExcluded: '{{kind}} {{rule}}; abstentions are not votes cast',
      unweighted: 'One organization, one vote.',
      weights: 'Weights: {{weights}}.',
      seriatimOn: 'Seriatim: on — clauses agreed one by one, the preamble last, then one vote on the whole.',
      seriatimOff: 'Seriatim: off.',
      periods: 'A vote stays open {{votingDays}} days unless the chair closes it; the chair serves {{chairTermDays}} days.',
      noPlace: 'Place of adoption: not set (concord rules --place).',
      place: 'Place of adoption: {{place}}.',
    },
    repair: {
      sound: '{{file}} has no damaged parts; nothing was changed.',
      repaired: 'Repaired {{file}}.',
      dropped: 'Repaired {{file}}. Dropped:\n{{parts}}',
    },
    adopt: { adopted: 'Adopted {{principle}} as clause {{id}}.' },
    init: { created: 'Created {{file}}: coalition "{{name}}" (workspace {{id}}).' },
    settings: { language: 'Exports are written in {{name}} ({{language}}).' },
    serve: {
      /** Printed under the usage of `concord serve`. */
      notes:
        '  --host defaults to 127.0.0.1 (this computer only); --host 0.0.0.0 serves the local network.\n  The built web app (out/renderer, or --app DIR) is served at the same address, so invitation web links open it.',
    },
    invite: {
      /** One invitation in a list: {{state}} is one of the states below. */
      line: '{{id}}  {{workspace}}  {{org}} as {{role}}  ({{state}})',
      role: { delegate: 'delegate', chair: 'chair', observer: 'observer' },
      state: {
        revoked: 'revoked {{at}}',
        created: 'created {{at}}',
        expires: 'created {{at}}, expires {{expiresAt}}',
        expired: 'created {{at}}, expired {{expiresAt}}',
      },
      revoked: 'Revoked {{invitation}}\nIts open connections are closed within a second if a server is running on {{dir}}.',
      none: 'No invitations yet.',
      created: 'Invitation {{id}}: {{org}} as {{role}} in workspace {{workspace}}',
      createdUntil: 'Invitation {{id}}: {{org}} as {{role}} in workspace {{workspace}}, until {{expiresAt}}',
      token: 'Token (shown only now): {{token}}',
      joinLink: 'Join link: {{link}}',
      webLink: 'Web link:  {{link}}',
    },
  },
  vote: { voted: 'Voted {{choice}}. {{explanation}}' },
  withdraw: { done: '{{short}} has withdrawn from the coalition; its past votes stay on the record.' },
} as const;
