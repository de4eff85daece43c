/** Messages the app shows the user above the workspace: information, or an error saying what went wrong. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** How a view reports a message. */
export type Notify = (kind: Notice['kind'], text: string) => void;
