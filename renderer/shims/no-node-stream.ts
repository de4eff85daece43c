/**
 * Node's `stream` for the renderer: absent. jszip (built from its sources, see vite.config.ts) asks for it
 * only to learn whether it can offer Node streams (`require('readable-stream').Readable`), and without
 * one it uses its browser code paths. This empty module says so without Vite's "externalized" warning.
 */
export {};
