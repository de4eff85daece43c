/** The messages between the page and the persistence worker (persistence-worker.ts). */

/** What the page asks: open the local copy, keep an update, replace the log by the page's snapshot, delete the copy, or close it. */
export type PersistRequest =
  | { kind: 'open'; name: string }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'compact'; id: number; state: Uint8Array }
  | { kind: 'clear' | 'close'; id: number };

/** What the worker answers: the copy as loaded, or that a request is done (or failed, and why). */
export type PersistReply = { kind: 'loaded'; state: Uint8Array } | { kind: 'done'; id: number } | { kind: 'failed'; id: number; message: string };

export function isPersistReply(value: unknown): value is PersistReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply: { kind?: unknown; state?: unknown; id?: unknown } = value;
  if (reply.kind === 'loaded') return reply.state instanceof Uint8Array;
  return (reply.kind === 'done' || reply.kind === 'failed') && typeof reply.id === 'number';
}

export function isPersistRequest(value: unknown): value is PersistRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request: { kind?: unknown; name?: unknown; update?: unknown; id?: unknown; state?: unknown } = value;
  if (request.kind === 'open') return typeof request.name === 'string';
  if (request.kind === 'update') return request.update instanceof Uint8Array;
  if (request.kind === 'compact') return typeof request.id === 'number' && request.state instanceof Uint8Array;
  return (request.kind === 'clear' || request.kind === 'close') && typeof request.id === 'number';
}
