/** English strings of the "core" namespace: the reference every other language's catalog must match. */
export const core = {
  numbering: {
    article: 'Article {{number}}',
    section: 'Section {{number}}',
    preamble: 'Preamble',
    /** "Article I, Section 2": where a section or what is in it stands. */
    articleSection: '{{article}}, {{section}}',
    /** "Article I, Section 2 (3)": a clause under its headings. */
    clauseAt: '{{heads}} {{citation}}',
  },
  rules: {
    /** A rule in words ("two-thirds of members"). */
    phrase: {
      members: { majority: 'a majority of members', twoThirds: 'two-thirds of members', threeQuarters: 'three-quarters of members', unanimity: 'unanimity of members' },
      cast: { majority: 'a majority of votes cast', twoThirds: 'two-thirds of votes cast', threeQuarters: 'three-quarters of votes cast', unanimity: 'unanimity of votes cast' },
    },
    abstentionsCounted: '{{rule}} (abstentions counted)',
    withQuorum: '{{rule}}, quorum {{percent}}% of members',
    /** What a result needed, as its sentence says it. */
    required: {
      members: {
        majority: 'a majority of members ({{needed}}) required',
        twoThirds: 'two-thirds of members ({{needed}}) required',
        threeQuarters: 'three-quarters of members ({{needed}}) required',
        unanimity: 'unanimity of members ({{needed}}) required',
      },
      cast: {
        majority: 'a majority of votes cast ({{needed}} of {{base}}) required',
        twoThirds: 'two-thirds of votes cast ({{needed}} of {{base}}) required',
        threeQuarters: 'three-quarters of votes cast ({{needed}} of {{base}}) required',
        unanimity: 'unanimity of votes cast ({{needed}} of {{base}}) required',
      },
    },
    /** The counts of a vote; `count` is the abstentions. */
    counts_one: '{{yes}} yes, {{no}} no, {{count}} abstention',
    counts_other: '{{yes}} yes, {{no}} no, {{count}} abstentions',
    /** `count` is the number of member organizations. */
    noQuorum_one: 'no quorum — {{participants}} of {{count}} member organization took part; {{needed}} needed.',
    noQuorum_other: 'no quorum — {{participants}} of {{count}} member organizations took part; {{needed}} needed.',
    noVotes: 'no votes were cast ({{counts}}).',
    /** `count` is the members' total vote weight. */
    membersTally_one: '{{yes}} of {{count}} member vote said yes ({{counts}}); {{required}}.',
    membersTally_other: '{{yes}} of {{count}} member votes said yes ({{counts}}); {{required}}.',
    castTally: '{{counts}}; {{required}}.',
    /** A tally framed by where the vote stands: decided, still open, or due to be closed. */
    frame: { passed: 'Passed: {{tally}}', failed: 'Failed: {{tally}}', open: 'Open. So far — {{tally}}', closing: 'Closing: {{tally}}' },
  },
  /** What a motion is on, and where it stands, as the tally and the app name them. */
  motion: {
    invalid: 'Invalid: {{problem}}',
    void: 'Void: the text changed while the vote was open, so the vote is void.',
    minutes: 'Adopt the minutes of the meeting of {{date}}',
    chair: 'Elect {{delegate}} as chair',
    /** An organization's delegate; `_s` for a name ending in s ("the Democratic Socialists’ delegate"). */
    delegateOf: 'the {{organization}}’s delegate',
    delegateOf_s: 'the {{organization}}’ delegate',
    delegateNamed: 'the {{organization}}’s delegate ({{name}})',
    delegateNamed_s: 'the {{organization}}’ delegate ({{name}})',
    admit: 'Admit {{name}} ({{short}})',
    remove: 'Remove {{short}}',
    replaceKey: 'Replace {{short}}’s delegate key',
    rules: 'Change the rules',
    combine: 'Combine the chapters in {{city}} ({{chapters}}) as {{name}}',
    combineChapter: '{{short}}: {{name}}',
    combineUnreadable: 'Combine chapters (the proposal cannot be read)',
    constitution: 'The whole constitution',
    gone: 'A block no longer in the text',
    /** A block as a motion names it: "Article II, Section 1, clause 3". */
    clause: 'clause {{number}}',
  },
  /** Why an open vote became void: who changed its text, as the edit history (not signed) records it. */
  voided: {
    changedBy: 'Void: the text was changed by {{who}} at {{time}} while the vote was open (as the edit history records it; that history is not signed).',
    delegateOf: '{{delegate}} ({{organization}})',
    aDelegateOf: 'a delegate of {{organization}}',
    unnamed: 'a delegate who gave no name',
  },
  /** The minutes Concord writes of a meeting (src/ratify/minutes.ts), Markdown marks kept in code. */
  minutes: {
    title: 'Minutes of the meeting of the parliament of {{coalition}}',
    date: 'Date',
    chair: 'Chair',
    convenedBy: 'Convened by',
    videoCall: 'Video call',
    adjourned: 'Adjourned',
    attendance: 'Attendance',
    withDelegate: '{{organization}}, delegate {{delegate}}',
    /** `count` is the number of member organizations. */
    present_one: 'Present ({{present}} of {{count}} member organization):',
    present_other: 'Present ({{present}} of {{count}} member organizations):',
    from: '{{who}}, from {{time}}',
    absent: 'Absent: {{names}}.',
    motions: 'Motions',
    noMotion: 'No motion was taken.',
    result: 'Result',
    stillOpen: 'Still open when the minutes were written. {{explanation}}',
    votes: 'Votes',
    choice: { yes: 'yes', no: 'no', abstain: 'abstained' },
    didNotVote: 'did not vote',
    presentAtClose: 'Present when the vote closed',
    wordingAdopted: 'Wording adopted',
    wordingHow: '(removed words struck through, new words in bold)',
    decisions: 'Decisions of the chair',
    none: 'None.',
    putToVote: '{{time}}: put “{{motion}}” to a vote.',
    closedEarly: '{{time}}: closed the vote on “{{motion}}” before every member had voted.',
    adjournedAt: '{{time}}: adjourned the meeting.',
  },
  /** Damaged parts of a workspace, left out when it was read (src/workspace/doc-shape.ts). */
  damaged: {
    roots: {
      meta: 'coalition details',
      orgs: 'member organizations',
      sources: 'imported documents',
      provenance: 'clause origins',
      motions: 'motions and votes',
      comments: 'comments',
      suggestions: 'suggestions',
      chapters: 'chapters',
      versions: 'saved versions',
      topics: 'topic tags',
      translations: 'translations',
      roster: 'delegate keys',
      statements: 'signed statements',
      constitution: 'constitution',
    },
    block: 'In the constitution, block {{key}} holds a damaged part ({{problem}}); it was left out.',
    field: 'In the {{where}}, entry "{{key}}" is damaged ({{problem}}); that field was left out.',
    entry: 'In the {{where}}, entry "{{key}}" is damaged ({{problem}}) and was left out.',
    more: '…and {{count}} more damaged parts.',
    fileHistory: '{{file}} holds changes whose earlier history is missing; they were left out.',
    fileParts: '{{file}} has damaged parts:\n{{parts}}',
  },
} as const;
