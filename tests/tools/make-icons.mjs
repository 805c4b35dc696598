// Regenerates the app icons in public/icons from one SVG drawing: an open workbook with a tick,
// white on the app's deep blue. The PNGs are checked in; run this only after changing the drawing:
//   node tests/tools/make-icons.mjs
// Uses Debian's Chromium through playwright-core (never `npx playwright install`).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT_DIR = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const BLUE = '#1f5f8b';
const WHITE = '#ffffff';

/** The drawing on a 100 × 100 grid, centred on (50, 50); `scale` shrinks it for the maskable safe zone. */
function book(scale) {
  return `<g transform="translate(50 50) scale(${scale}) translate(-50 -52)">
    <path d="M13 30 V77 C29 75 42 76 50 80 C58 76 71 75 87 77 V30" fill="none" stroke="${WHITE}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M49 30 C41 25 30 24 18 26 V72 C30 70 41 71 49 76 Z" fill="${WHITE}"/>
    <path d="M51 30 C59 25 70 24 82 26 V72 C70 70 59 71 51 76 Z" fill="${WHITE}"/>
    <path d="M25 37 H42 M25 45 H42 M25 53 H36" stroke="${BLUE}" stroke-width="3.5" stroke-linecap="round"/>
    <path d="M58 50 L64.5 57 L76 41" fill="none" stroke="${BLUE}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
  </g>`;
}

/** A complete SVG document; `radius` rounds the background corners (favicon only). */
function iconSvg({ scale, radius = 0 }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${radius}" fill="${BLUE}"/>
  ${book(scale)}
</svg>
`;
}

// Regular icons fill about three quarters of the square; the maskable one keeps every point
// inside the central circle of 80 % (radius 40), which any platform mask leaves visible.
const PNGS = [
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  { file: 'apple-touch-icon-180.png', size: 180, scale: 0.94 },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8 },
  // The favicon: a small PNG, cheaper for a phone to draw at start than the SVG.
  { file: 'icon-32.png', size: 32, scale: 1.12, radius: 18 },
];

await mkdir(OUT_DIR, { recursive: true });

/** Screenshots the page; headless Chromium now and then refuses a capture, so try a few times. */
async function screenshot(page, path, size) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.screenshot({ path, clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const { file, size, scale, radius } of PNGS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = iconSvg({ scale, radius }).replace('<svg ', `<svg width="${size}" height="${size}" `);
    // Rounded corners stay transparent; the others fill the square with blue.
    const background = radius ? 'transparent' : BLUE;
    await page.setContent(`<!doctype html><html><body style="margin:0;background:${background}">${svg}</body></html>`);
    await screenshot(page, `${OUT_DIR}${file}`, size);
    await page.close();
    console.log(`wrote public/icons/${file}`);
  }
} finally {
  await browser.close();
}
