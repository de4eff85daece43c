// The app icon's sizes for electron-builder, made from assets/icon.svg with resvg (no network, no system
// tools): build/icon.png (1024 px; electron-builder makes the macOS .icns and Windows .ico from it) and
// build/icons/NxN.png for Linux. `node scripts/build.mjs icons`; build/ is not committed.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

export function makeIcons(root = fileURLToPath(new URL('..', import.meta.url))) {
  const svg = readFileSync(`${root}assets/icon.svg`);
  const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  mkdirSync(`${root}build/icons`, { recursive: true });
  writeFileSync(`${root}build/icon.png`, render(1024));
  for (const size of LINUX_SIZES) writeFileSync(`${root}build/icons/${size}x${size}.png`, render(size));
}
