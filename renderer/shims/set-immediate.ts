/**
 * setImmediate for the renderer and its workers, in place of the `setimmediate` package that jszip (under
 * mammoth's .docx import) requires: that polyfill turns a non-function argument into code with
 * `Function(string)` — which the CSP forbids anyway, and Electronegativity flags. This one takes
 * functions only and runs them on the next task through a MessageChannel (no 4 ms timer clamp).
 */
type Callback = (...args: unknown[]) => void;

const queue: Array<() => void> = [];
let channel: MessageChannel | undefined;

function setImmediateShim(callback: Callback, ...args: unknown[]): number {
  if (channel === undefined) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(() => callback(...args));
  channel.port2.postMessage(null);
  return queue.length;
}

if (typeof Reflect.get(globalThis, 'setImmediate') !== 'function') Reflect.set(globalThis, 'setImmediate', setImmediateShim);

export {};
