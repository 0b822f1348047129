#!/usr/bin/env node
// Draws the extension icon (media/icon.png, 128×128): an SVG of our own, rendered by headless
// Chromium through playwright-core. Run again after changing the drawing: `node scripts/draw-icon.mjs`.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');
const SIZE = 128;

// A speech bubble (the story told aloud) holding a star (the STAR method), on a deep teal tile.
// Four ticks along the bubble's base stand for Situation, Task, Action and Result.
const SVG = `
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f766e"/>
      <stop offset="1" stop-color="#134e4a"/>
    </linearGradient>
    <linearGradient id="star" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#fcd34d"/>
      <stop offset="1" stop-color="#f59e0b"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#tile)"/>
  <path d="M30 26 H98 A14 14 0 0 1 112 40 V78 A14 14 0 0 1 98 92 H60 L40 108 L43 92 H30 A14 14 0 0 1 16 78 V40 A14 14 0 0 1 30 26 Z" fill="#f8fafc"/>
  <path d="M64 33 L71.6 48.6 L88.7 51 L76.3 63 L79.3 80 L64 72 L48.7 80 L51.7 63 L39.3 51 L56.4 48.6 Z" fill="url(#star)" stroke="#b45309" stroke-width="2" stroke-linejoin="round"/>
  <g fill="#0f766e">
    <rect x="38" y="84" width="10" height="3" rx="1.5"/>
    <rect x="52" y="84" width="10" height="3" rx="1.5"/>
    <rect x="66" y="84" width="10" height="3" rx="1.5"/>
    <rect x="80" y="84" width="10" height="3" rx="1.5"/>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${SVG}</body></html>`);
  await page.locator('svg').screenshot({ path: OUT, omitBackground: true });
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
} finally {
  await browser.close();
}
