/**
 * Types for the part of y-leveldb 0.2 the compatibility test uses (its package.json `exports` hides the
 * bundled declarations): the stock y-websocket server's LevelDB persistence, which must read Concord's store.
 * Results are `unknown`: y-leveldb resolves with null when the database fails.
 */
declare module 'y-leveldb' {
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<unknown>;
    storeUpdate(docName: string, update: Uint8Array): Promise<unknown>;
    getAllDocNames(): Promise<unknown>;
    destroy(): Promise<unknown>;
  }
}
