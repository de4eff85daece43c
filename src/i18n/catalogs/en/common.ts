/** English words every part of the app shares: buttons and states that mean the same wherever they appear. */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  ok: 'OK',
  yes: 'Yes',
  no: 'No',
  remove: 'Remove',
  language: 'Language',
  unknownTime: 'unknown time',
} as const;
