/**
 * What a room knows of a connection (Peer), and the refusal a room raises for a well-formed frame the
 * server will not take (Refused: the connection is closed with its code, which the app turns into words).
 */

export interface Peer {
  readonly canWrite: boolean;
  /** The invitation it was admitted with: connections of one invitation may take over each other's presence. */
  readonly owner: string;
  send(frame: Uint8Array): void;
}

/** A well-formed frame the server will not take: the connection is closed with `code` (see token-check.ts). */
export class Refused extends Error {
  override readonly name = 'Refused';
  readonly code: number;
  readonly reason: string;

  constructor(code: number, reason: string, detail: string) {
    super(detail);
    this.code = code;
    this.reason = reason;
  }
}
