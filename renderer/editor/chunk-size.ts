/**
 * Blocks per render chunk (slate-react's chunking, each chunk `content-visibility: auto` in styles.css): only
 * the chunks on screen are laid out and painted, so a key costs the same in a long constitution as in a short
 * one. 100 rather than 1,000: the chunk holding the caret is always laid out, and at 1,000 blocks it made
 * every frame of typing lay out and paint ten times what the screen shows (bench/editor.bench.ts; the
 * baseline page there chunks by the same size).
 */
export const CHUNK_SIZE = 100;
