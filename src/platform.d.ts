/**
 * The few web-standard globals every runtime Concord runs in provides (browsers, Electron's renderer,
 * Node ≥ 22). The core may use these and nothing else from its host: no DOM, no Node built-ins.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  readonly encoding: string;
}
/** A key held by the platform's WebCrypto (opaque to the core). */
interface PlatformCryptoKey {
  readonly type: string;
}
declare const crypto: {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    importKey(format: 'raw', keyData: Uint8Array<ArrayBuffer>, algorithm: 'Ed25519', extractable: boolean, usages: 'verify'[]): Promise<PlatformCryptoKey>;
    verify(algorithm: 'Ed25519', key: PlatformCryptoKey, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean>;
  };
};
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function queueMicrotask(callback: () => void): void;
declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
