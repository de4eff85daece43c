/**
 * Who makes a change on this computer: the member organization the delegate acts for and the delegate's
 * name. The app learns it from the invitation it joined with (or the delegate's own choice when working
 * alone); provenance records it as the author of each change.
 */
export interface Actor {
  /** The organization's id in the workspace (not its short name, which can be renamed). */
  org: string;
  /** The delegate's name as they gave it; may be empty. */
  delegate: string;
}

/** Asked at the moment of each change, since the delegate's organization can become known after the editor is made. */
export type ActorSource = () => Actor | null;

export const NO_ACTOR: ActorSource = () => null;
