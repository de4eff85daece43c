/** The boundary files of us-atlas and world-atlas, read as unknown JSON and checked where they are loaded (atlas.ts). */
declare module 'us-atlas/states-10m.json' {
  const topology: unknown;
  export default topology;
}
declare module 'world-atlas/countries-110m.json' {
  const topology: unknown;
  export default topology;
}
