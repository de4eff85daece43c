/** pdf.js's worker module, imported for its side effect (it sets globalThis.pdfjsWorker); it ships no types. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export {};
}
