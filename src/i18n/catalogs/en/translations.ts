/** English strings of the "translations" namespace: the reference every other language's catalog must match. */
export const translations = {
  /** Each language named in a sentence of this language ("into Spanish"). */
  languages: { en: 'English', es: 'Spanish' },
  panel: {
    title: 'Translation',
    show: 'Show translation',
    hide: 'Hide translation',
    language: 'Translation into',
    pickClause: 'Put the cursor in a clause to see its translation.',
    none: 'No translation into {{language}} yet.',
    text: 'Translation into {{language}}',
    status: 'Status of the translation',
    official: 'Official',
    working: 'Working',
    save: 'Save translation',
    outOfDate: 'Out of date',
    outOfDateHint: 'The clause has changed since this translation was made: update it and save it.',
    setBy: 'Set by {{name}}, {{when, datetime(dateStyle: medium; timeStyle: short)}}',
    setByUnknownTime: 'Set by {{name}}',
  },
  export: {
    outOfDate: 'translation out of date',
    working: 'working translation',
  },
} as const;
