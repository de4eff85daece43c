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
    noQuorum_one: 'Failed: no quorum — {{participants}} of {{count}} member organization took part; {{needed}} needed.',
    noQuorum_other: 'Failed: no quorum — {{participants}} of {{count}} member organizations took part; {{needed}} needed.',
    noVotes: 'Failed: no votes were cast ({{counts}}).',
    /** `count` is the members' total vote weight. */
    membersPassed_one: 'Passed: {{yes}} of {{count}} member vote said yes ({{counts}}); {{required}}.',
    membersPassed_other: 'Passed: {{yes}} of {{count}} member votes said yes ({{counts}}); {{required}}.',
    membersFailed_one: 'Failed: {{yes}} of {{count}} member vote said yes ({{counts}}); {{required}}.',
    membersFailed_other: 'Failed: {{yes}} of {{count}} member votes said yes ({{counts}}); {{required}}.',
    castPassed: 'Passed: {{counts}}; {{required}}.',
    castFailed: 'Failed: {{counts}}; {{required}}.',
  },
} as const;
