/**
 * Types for the part of y-leveldb 0.2 the server uses (its package.json `exports` hides the bundled
 * declarations). Results are `unknown` on purpose: y-leveldb resolves with null when the database fails,
 * so server/persistence.ts checks every one.
 */
declare module 'y-leveldb' {
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<unknown>;
    storeUpdate(docName: string, update: Uint8Array): Promise<unknown>;
    flushDocument(docName: string): Promise<unknown>;
    getAllDocNames(): Promise<unknown>;
    destroy(): Promise<unknown>;
    _transact<T>(work: (db: unknown) => Promise<T>): Promise<T | null>;
  }
  export function getLevelUpdates(db: unknown, docName: string): Promise<Uint8Array[]>;
}
