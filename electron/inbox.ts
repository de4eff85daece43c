/**
 * What the operating system hands the app before its page can take it (a double-clicked .concord file, a
 * clicked concord:// link at launch): held in order, delivered once the page has loaded, and held again
 * while it reloads.
 */
export interface Inbox<T> {
  /** Deliver now if the page is ready, else keep until it is. */
  push(item: T): void;
  /** The page has loaded: deliver everything held, then deliver at once. */
  open(): void;
  /** The page is (re)loading: hold what comes. */
  close(): void;
}

export function createInbox<T>(deliver: (item: T) => void): Inbox<T> {
  const held: T[] = [];
  let ready = false;
  return {
    push(item) {
      if (ready) deliver(item);
      else held.push(item);
    },
    open() {
      ready = true;
      for (const item of held.splice(0)) deliver(item);
    },
    close() {
      ready = false;
    },
  };
}
