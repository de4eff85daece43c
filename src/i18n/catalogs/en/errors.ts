/**
 * English strings of the "errors" namespace: the reference every other language's catalog must match. Each key
 * is a ConcordError's code ("file.truncated"), or the code and one of its wordings ("file.truncated.header")
 * where one code has several; src/workspace/errors.ts words a ConcordError's English message from here.
 * Placeholders are plain {{name}} (no formatters, no plurals), so that message needs no i18next.
 */
export const errors = {
  admin: {
    'bad-json': 'The request is not JSON.',
    'too-large': 'The request is too large.',
  },
  adopt: {
    'no-entry': 'The clause’s provenance could not be recorded.',
    'no-text': 'Write the wording of the merged clause first.',
    none: 'Choose at least one principle to adopt.',
  },
  block: {
    unknown: 'There is no block "{{block}}" in the constitution.',
  },
  chapter: {
    'bad-latitude': 'The latitude must be a number from -90 to 90.',
    'bad-longitude': 'The longitude must be a number from -180 to 180.',
    duplicate: {
      headquarters: 'This organization already has a headquarters chapter; clear it there first.',
      listed: 'The chapter "{{localName}}" in {{city}} is already listed for this organization.',
    },
    'half-coordinates': 'Give both the latitude and the longitude, or neither.',
    'missing-field': {
      city: 'The city is missing.',
      coalitionName: 'The coalition-chapter name is missing.',
      contact: 'The contact is missing.',
      country: 'The country is missing.',
      localName: 'The local name is missing.',
      region: 'The state or region is missing.',
    },
    'too-long': {
      city: 'The city is too long (at most {{max}} characters).',
      coalitionName: 'The coalition-chapter name is too long (at most {{max}} characters).',
      contact: 'The contact is too long (at most {{max}} characters).',
      country: 'The country is too long (at most {{max}} characters).',
      localName: 'The local name is too long (at most {{max}} characters).',
      region: 'The state or region is too long (at most {{max}} characters).',
    },
    unknown: 'That chapter is no longer listed.',
    'unknown-org': 'That organization is not a member of this coalition.',
  },
  chapters: {
    'ambiguous-city': 'Several places are called "{{city}}": {{places}}.',
    'bad-csv': {
      many: '{{fileName}}: no chapter was imported, because of these {{count}} problems:\n{{problems}}',
      one: '{{fileName}}: no chapter was imported, because of this problem:\n{{problems}}',
    },
    'no-overlap': 'No two member organizations have chapters in "{{city}}" (see concord chapters FILE).',
  },
  comment: {
    empty: 'A comment cannot be empty.',
    'no-passage': 'Select the words to comment on within one block.',
    'too-long': 'The comment is too long (at most 10,000 characters).',
    unknown: 'There is no comment thread "{{threadId}}".',
  },
  compare: {
    'bad-threshold': 'The similarity threshold must be a number from {{min}} to {{max}} (got {{threshold}}).',
    'bad-vectors': 'The word-vector file is damaged ({{why}}).',
    'duplicate-org': 'The organization "{{short}}" is listed twice.',
    'too-few-orgs': 'Pick at least {{min}} organizations to compare ({{count}} given).',
    'too-many-orgs': 'At most {{max}} organizations can be compared at once ({{count}} given).',
  },
  draft: {
    'bad-split': 'Split a principle inside its text: both parts need some text.',
    'duplicate-id': 'This import has two principles with the same id.',
    'not-adjacent': 'Only two neighbouring principles can be merged, the first one above the second.',
    'unknown-principle': 'There is no principle "{{id}}" in this import.',
  },
  export: {
    'chromium-failed': {
      'no-start': 'Chromium at {{path}} did not start: {{reason}}{{stderr}}',
      spawn: 'Could not start Chromium at {{path}}: {{message}}',
      stopped: 'Chromium stopped while printing.{{stderr}}',
    },
    'no-chromium': {
      'bad-path':
        'CHROMIUM_PATH is set to "{{path}}", which is not a program that can be run. Printing a PDF needs Chromium or Google Chrome, and none was found on this computer. Install one (on Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its program, or export another format (--format html, then print it from a browser).',
      none: 'Printing a PDF needs Chromium or Google Chrome, and none was found on this computer. Install one (on Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its program, or export another format (--format html, then print it from a browser).',
    },
    'no-final-motion': 'No motion to ratify the whole text has been put to a vote yet, so there is no ratification record to export.',
    'no-printer': 'Printing a PDF needs a printer, and none was given.',
    'nothing-ratified': {
      app: 'Nothing in this constitution has been ratified yet, so there is no ratified text to export. Export the full draft with its status marks instead.',
      cli: '{{file}}: nothing in this constitution has been ratified yet, so there is no ratified text to export. Add --draft to export the full draft with its status marks.',
    },
  },
  file: {
    damaged: {
      checksum: '{{fileName}} is damaged: its contents do not match their checksum.',
      trailing: '{{fileName}} is damaged: it has {{extra}} unexpected bytes at its end.',
      unreadable: '{{fileName}} is damaged: its workspace data cannot be read.',
      version: '{{fileName}} is damaged: its format version is 0.',
    },
    'damaged-parts': {
      merge: '{{fileName}} was not merged: it has damaged parts, and your workspace is unchanged.\n{{parts}}',
      save: '{{path}} has damaged parts, so nothing was changed:\n{{parts}}\nRun "concord repair {{path}}" to drop them, then try again.',
    },
    empty: '{{fileName}} is empty.',
    exists: '{{path}} already exists; choose another file name (nothing was changed).',
    foreign: '{{fileName}} is not a Concord workspace file.',
    'future-version': '{{fileName}} was made by a newer version of Concord (file format {{version}}; this version reads up to {{newest}}). Update Concord to open it.',
    missing: '{{path}}: no such file.',
    'not-workspace': '{{fileName}} holds no Concord workspace.',
    'other-workspace': {
      copy: '{{fileName}} is a copy of another workspace ("{{name}}"), so this one was left as it is.',
      merge: '{{fileName}} belongs to another workspace ("{{theirs}}"), not to "{{ours}}": merging it would mix two coalitions\' texts. Open it as its own workspace instead.',
    },
    truncated: {
      header: '{{fileName}} is truncated: it ends inside its header.',
      size: '{{fileName}} is truncated: it should hold {{length}} bytes of workspace data but has only {{available}}.',
    },
  },
  import: {
    binary: '{{fileName}} does not contain text: it looks like a binary file. Check that it is the right file.',
    corrupt: {
      docx: '{{fileName}} is damaged and cannot be read as a Word document ({{reason}}).',
      'not-draft': 'The document reader answered with something else than a draft.',
      'not-pages': 'The document reader answered with something else than pages.',
      odt: '{{fileName}} is damaged: its content.xml is not OpenDocument content.',
      pdf: '{{fileName}} is damaged and cannot be read as a PDF ({{reason}}).',
      unreadable: '{{fileName}} could not be read ({{reason}}).',
      worker: '{{subject}} could not be read ({{reason}}).',
      zip: '{{fileName}} is damaged and cannot be opened as {{format}} ({{reason}}).',
    },
    empty: {
      'no-text': '{{fileName}} contains no text: there is nothing to import.',
      'zero-bytes': '{{fileName}} is empty (0 bytes): there is nothing to import.',
    },
    encrypted: {
      'or-old':
        '{{fileName}} is protected with a password, or is an old-style Office file rather than {{format}}. Open it in your word processor, remove the password if it has one, save it as {{format}}, and import that copy.',
      password: '{{fileName}} is protected with a password. Save it without one as {{format}}, and import that copy.',
    },
    'no-principles': {
      'all-left-out': 'Nothing to import from {{fileName}}: every principle was left out.',
      'no-text': 'No principles were found in {{fileName}}: it has headings but no text under them.',
    },
    'not-docx': {
      'no-document': '{{fileName}} is a ZIP archive but not a Word document: it has no word/document.xml.',
      'not-zip': '{{fileName}} is not {{format}}: its contents are not in that format (the file may be damaged or misnamed).',
    },
    'not-odt': {
      'no-content': '{{fileName}} is a ZIP archive but not an OpenDocument text: it has no content.xml.',
      'not-zip': '{{fileName}} is not {{format}}: its contents are not in that format (the file may be damaged or misnamed).',
    },
    'not-pdf': '{{fileName}} is not a PDF file: its contents are not in the PDF format (the file may be damaged or misnamed).',
    'pdf-encrypted': '{{fileName}} is protected by a password. Open it with the password and save or print it as a new PDF without one, then import that copy.',
    'pdf-no-text':
      "{{fileName}} has no text layer: it is probably a scanned image. Run it through OCR (text recognition) first, for example with OCRmyPDF or your scanner's software, and import the result.",
    'pdf-too-many-pages':
      "{{fileName}} has {{pages}} pages; Concord imports PDFs of up to {{max}} pages. Print the pages that hold your organization's principles to a new PDF, and import that.",
    'pdf-too-slow':
      "{{fileName}} took too long to read: it was stopped after {{seconds}} seconds. It may be built to stall the reader; if it is your organization's document, print the pages that hold its principles to a new PDF and import that.",
    'pdf-unavailable': '{{fileName}}: PDF import is not available here (no PDF reader was provided).',
    'too-large': '{{fileName}} is too large to import ({{size}}; the limit is {{limit}}).',
    'too-large-unpacked':
      "{{fileName}} is too large once unpacked: its contents come to more than {{limit}} (the file itself is {{size}}), so it was not opened. If it is your organization's document, save it again from your word processor without large pictures, and import that copy.",
    truncated: '{{fileName}} is incomplete: the file is cut short, perhaps by an interrupted download or copy. Get a complete copy and import it again.',
    unchanged: '{{fileName}} is the same as version {{version}} of "{{title}}": there is nothing new to import.',
    'unknown-format': {
      doc: '{{fileName}}: it is an old Word document (.doc): open it in Word or LibreOffice, save it as .docx, and import that. Concord imports {{formats}} files, or pasted text.',
      dotx: '{{fileName}}: it is a Word template: save a document made from it as .docx, and import that. Concord imports {{formats}} files, or pasted text.',
      'no-extension': '{{fileName}}: it has no file extension. Concord imports {{formats}} files, or pasted text.',
      other: '{{fileName}}: ".{{extension}}" files cannot be imported. Concord imports {{formats}} files, or pasted text.',
      ott: '{{fileName}}: it is a document template: save a document made from it as .odt, and import that. Concord imports {{formats}} files, or pasted text.',
      pages: '{{fileName}}: it is an Apple Pages document: export it from Pages as Word (.docx) or PDF, and import that. Concord imports {{formats}} files, or pasted text.',
      rtf: '{{fileName}}: it is a Rich Text file: open it in a word processor, save it as .docx or .odt, and import that. Concord imports {{formats}} files, or pasted text.',
      wpd: '{{fileName}}: it is a WordPerfect document: save it as .docx or .odt, and import that. Concord imports {{formats}} files, or pasted text.',
    },
  },
  invite: {
    'bad-expiry': '"{{expiresAt}}" is not a time in the future: an invitation must expire later than now.',
    'bad-file': {
      foreign: '{{path}} does not hold Concord invitations; restore it from a backup or delete it.',
      json: '{{path}} is not valid JSON; restore it from a backup or delete it (all invitations are then void).',
    },
    'bad-link': {
      escape: 'This invitation link is damaged (bad %-escape); ask the host for a new one.',
      fingerprint: 'This invitation link carries a damaged certificate fingerprint; ask the host for a new one.',
      foreign: 'This is not a Concord invitation link: it should look like concord://join?server=…&workspace=…&token=… or http://host:port/join#workspace=…&token=….',
      server: 'This invitation link names no server; ask the host for a new one.',
      token: 'This invitation link carries no valid token; ask the host for a new one.',
      workspace: 'This invitation link names no valid workspace; ask the host for a new one.',
    },
    'bad-org': '"{{org}}" is not an organization short name (1 to 16 letters or digits, - or _).',
    'bad-role': '"{{role}}" is not a role: use delegate, chair or observer.',
    'bad-server': '"{{server}}" is not a sync server address: use ws://host:port or wss://host/path.',
    'bad-workspace': '"{{workspace}}" is not a workspace id (letters, digits, - and _, up to 128).',
    locked: '{{lock}} is held by another process; try again.',
    unknown: 'No invitation has this token or id in this data directory.',
  },
  key: {
    'bad-file': '{{path}} is not a Concord delegate key file (make one with concord key new --out {{path}}).',
    mismatch: '{{path}}: its public key is not the one of its secret key; the file is damaged.',
    missing: '{{path}}: no such key file.',
  },
  meeting: {
    adjourned: 'The meeting is adjourned.',
    ambiguous: '"{{ref}}" is the start of {{length}} meetings\' ids; give more of it.',
    'bad-date': 'The meeting needs a date and time.',
    'bad-link': 'The video call’s address must start with https://.',
    'minutes-adopted': {
      already: 'The minutes of this meeting were already adopted.',
      final: 'The parliament already adopted these minutes; they can no longer change.',
    },
    'minutes-under-vote': 'The parliament is voting on these minutes; they can change once the vote is closed.',
    none: 'No meeting has been convened in this workspace yet.',
    'not-adjourned': 'The meeting has not been adjourned yet, so its minutes are not written.',
    'not-started': 'The meeting has not started yet.',
    unknown: {
      named: 'There is no meeting "{{ref}}" in this workspace (concord meetings FILE lists them; "latest" names the most recent).',
      'no-such': 'There is no such meeting.',
    },
  },
  name: {
    empty: {
      coalition: 'The coalition name cannot be empty.',
      organization: 'The organization name cannot be empty.',
    },
    'too-long': {
      coalition: 'The coalition name is too long (at most 200 characters).',
      organization: 'The organization name is too long (at most 200 characters).',
    },
  },
  org: {
    'admit-by-motion':
      'The parliament is in session (a delegate key is on the roster): a new member is admitted by a motion the delegates vote on: concord motion {{file}} --kind admit --name NAME --short SHORT --key KEYFILE.',
    'bad-colour': 'The colour "{{colour}}" is not valid: use the form #rrggbb.',
    'bad-short': 'The short name "{{short}}" is not valid: use 1 to 16 letters or digits (and - or _), starting with a letter or digit.',
    'duplicate-short': {
      by: 'The short name "{{short}}" is already used by {{name}}.',
      used: 'The short name "{{short}}" is already used.',
    },
    'missing-field': 'An organization needs a name and a short name.',
    'not-yours': {
      profile: "That key is not {{org}}'s delegate key on the roster; only its own delegate changes its name, short name and colour.",
      withdraw: 'Only an organization’s own delegate can withdraw it; to remove another organization, propose its removal to the parliament.',
    },
    'profile-by-delegate':
      "The parliament is in session: {{ref}}'s name, short name and colour are changed by its own delegate, signed: concord org set {{file}} {{ref}} … --key KEYFILE.",
    'remove-by-motion':
      'The parliament is in session (a delegate key is on the roster): removing a member is a motion the delegates vote on: concord motion {{file}} --kind remove --org {{ref}} --key KEYFILE (an organization leaving on its own: concord withdraw {{file}} --org {{ref}} --key KEYFILE).',
    unknown: {
      named: 'There is no member organization "{{ref}}" in this coalition.',
      'no-such': 'There is no such member organization.',
      'not-member': 'That organization is not a member of the coalition.',
      short: 'There is no organization "{{ref}}" in this coalition.',
    },
  },
  principle: {
    unknown: 'There is no principle "{{id}}" in this workspace.',
  },
  ratify: {
    'already-open': 'A vote on this is already open.',
    'already-ratified': 'This clause is already adopted; changing it takes an amendment.',
    'ambiguous-motion': '"{{ref}}" is the start of {{length}} motions\' ids; give more of it.',
    'bad-candidate': 'The candidate for chair must be a member organization.',
    'bad-combine': {
      noChapters: 'The motion does not carry chapters to combine.',
      otherPlace: 'The motion names another place than the chapters it combines.',
      fewerThanTwo: 'The motion combines chapters of fewer than two member organizations.',
      chapterTwice: 'The motion names one chapter twice.',
      notMember: 'The motion combines a chapter of an organization that is not a member.',
    },
    'bad-deadline': 'The vote must close in the future.',
    'bad-key': 'A motion to replace a key needs the new key (64 hex characters).',
    'bad-settings': {
      invalid: 'These ratification settings are not valid: {{issues}}.',
      missing: 'A motion on the rules needs the rules it proposes.',
    },
    'bad-statement': {
      invalid: 'This cannot be signed: {{issues}}.',
      'other-key': 'The statement names another key than the one signing it.',
    },
    'bad-target': {
      admit: 'A motion to admit an organization needs its name and short name.',
      article: 'A motion to adopt an article must target an article heading.',
      'clause-is-article': 'An article is adopted by a motion on the article.',
      empty: 'The constitution is empty.',
      'no-block': 'There is no such block in the constitution.',
      remove: 'Only a member organization can be removed.',
      'replace-key': 'Only a member organization’s key can be replaced.',
      whole: 'A motion on the whole constitution targets "constitution".',
    },
    closed: {
      already: 'This motion is already closed: {{explanation}}',
      closed: 'This motion is closed: {{explanation}}',
      deadline: 'The voting time of this motion is over; it closes with the votes cast before its deadline.',
      void: 'This motion is void: {{explanation}}',
    },
    locked: 'This text is ratified and locked; changing it takes an amendment.',
    'no-wording': 'An amendment needs the new wording.',
    'not-chair': {
      adjourn: 'Only the meeting’s chair adjourns it and signs its minutes.',
      close: 'Only the chair closes a vote early, unless every member has voted; otherwise it closes at its deadline.',
      convene: 'While the coalition has a chair, only the chair convenes the parliament.',
      open: 'While the coalition has a chair, only the chair opens motions.',
    },
    'not-member': 'Your organization was not a member when this motion opened, so it does not vote on it.',
    'not-on-roster': {
      empty: 'No delegate key is on the roster yet: put yours on it first.',
      key: 'This computer’s key is not on the coalition’s roster, so it cannot open motions or vote. Join as your organization’s delegate first.',
    },
    'not-ratified': 'Only a ratified clause is amended; a draft clause is simply edited.',
    'rules-by-motion': 'The parliament is in session: its rules change only by a motion on the rules, which the delegates vote on.',
    'same-wording': 'The new wording is the same as the ratified one.',
    'seriatim-order': {
      preamble: 'Seriatim: the preamble is taken last, after every other part is agreed.',
      whole: 'Seriatim: the whole text is put to the vote once every part has been agreed.',
    },
    'unknown-motion': {
      named: 'There is no motion "{{ref}}" in this workspace (concord tally FILE lists them).',
      'no-such': 'There is no such motion.',
    },
    'vote-open': {
      rules: 'The rules cannot change while a vote is open ({{length}} open); propose the change once it closes.',
      'rules-open': 'A change of the rules is being voted on; open this motion once it closes.',
    },
  },
  roster: {
    'bad-key': 'The new key must be 64 hex characters, as the new computer shows it.',
    'key-in-use': {
      'new': 'The new key already speaks for an organization.',
      other: 'This computer’s key already speaks for another organization.',
    },
    'no-hand-over': 'No hand-over from the key in force is offered to this computer’s key.',
    'no-name': 'Give the delegate’s name.',
    'no-replacement': 'No passed motion puts this key in the organization’s seat.',
    'not-current': 'Only the key in force for this organization can hand its seat over.',
    taken: 'This organization already has a delegate key on the roster; only that key can hand its place to another (or the parliament replaces a lost key).',
  },
  server: {
    'store-locked': 'Cannot open the sync store in {{location}}: it is locked — is another Concord server using this data directory?',
    'store-permission': {
      denied: "Cannot open the sync store in {{location}}: permission denied on {{denied}}; the server's user must be able to read and write it.",
      other: 'Cannot use {{path}}: {{reason}}',
    },
    'store-unreadable': 'Cannot open the sync store in {{location}}: {{cause}}',
  },
  similarity: {
    'bad-line': {
      empty: '{{path}}, line {{line}}: expected two texts separated by one tab ("text one<TAB>text two"), found an empty text. Nothing was scored.',
      'no-tab': '{{path}}, line {{line}}: expected two texts separated by one tab ("text one<TAB>text two"), found no tab. Nothing was scored.',
      tabs: '{{path}}, line {{line}}: expected two texts separated by one tab ("text one<TAB>text two"), found {{tabs}} tabs. Nothing was scored.',
    },
    'not-text': '{{path}} is not UTF-8 text: save it as UTF-8, one pair a line, "text one<TAB>text two".',
  },
  settings: {
    'bad-language': '"{{value}}" is not a language Concord speaks; use one of: {{languages}}.',
  },
  source: {
    damaged: 'The source "{{sourceId}}" is damaged: it has no versions.',
    lost: 'The source could not be stored.',
    'no-title': 'A source needs a title.',
    'other-org': '"{{title}}" belongs to another organization; import it as a new source of {{name}} instead.',
    'title-too-long': 'The title is too long (at most {{max}} characters).',
    unknown: 'There is no source "{{id}}" in this workspace.',
  },
  /** What suggestion mode cannot make a suggestion of. */
  suggest: {
    'one-block': 'A suggestion changes the words of one block at a time.',
    'no-break': 'Enter does not split a block while suggesting: turn suggesting off to add a block.',
  },
  storage: {
    failed: {
      open: 'This computer’s copy of the workspace could not be opened ({{reason}}).',
      update: 'This computer’s copy of the workspace could not be updated: {{message}}.',
    },
  },
  topic: {
    unknown: 'There is no topic "{{topic}}".',
    'unknown-principle': 'There is no principle "{{principle}}" in this workspace.',
  },
  verify: {
    'unknown-file': '{{path}}: this is neither a .concord workspace nor a ratification record (JSON).',
  },
  translation: {
    empty: 'A translation needs some text.',
    language: 'Concord cannot keep translations into "{{language}}": use one of {{languages}}.',
    none: 'Block "{{block}}" has no translation into "{{language}}" to mark.',
    status: 'A translation is either official or working.',
    'too-long': 'A translation can be at most {{max}} characters long.',
    'unknown-block': 'There is no block "{{block}}" in this constitution to translate.',
  },
  version: {
    'name-too-long': 'The name is too long (at most 200 characters).',
    'no-name': 'A version needs a name.',
  },
  workspace: {
    exists: 'This workspace has already been created.',
  },
} as const;
