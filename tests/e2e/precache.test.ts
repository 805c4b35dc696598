/** The built service worker precaches everything the home screen needs, so it opens offline. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const APP = join(import.meta.dirname, '../../dist/app');

/** The URLs in the generated sw.js precache manifest. */
async function precacheUrls(): Promise<string[]> {
  const sw = await readFile(join(APP, 'sw.js'), 'utf8');
  // Minified: {url:"x",revision:"y"}; unminified: { url: "x", revision: "y" }.
  return [...sw.matchAll(/\{\s*"?url"?:\s*"([^"]+)",\s*"?revision"?:\s*(?:"[^"]*"|null)\s*\}/g)].map((match) => match[1]!.replace(/^\//, ''));
}

it('precaches the app shell, every script and style, the manifest and its icons', async () => {
  const urls = await precacheUrls();
  expect(urls.length).toBeGreaterThan(5);

  const html = await readFile(join(APP, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]!);
  expect(referenced.length).toBeGreaterThanOrEqual(4);
  const manifest = JSON.parse(await readFile(join(APP, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
  const icons = manifest.icons.map((icon) => icon.src.replace(/^\//, ''));

  // Every built script and stylesheet (the home screen's and the ones it loads later).
  // (x.br and x.gz are the server's compressed copies of x, not files of their own.)
  const assets = (await readdir(join(APP, 'assets'))).filter((name) => !/\.(br|gz)$/.test(name)).map((name) => `assets/${name}`);
  for (const needed of ['index.html', 'manifest.webmanifest', ...referenced, ...icons, ...assets]) {
    expect(urls, `${needed} is not precached`).toContain(needed);
  }
});

it('names every precached file that exists in the build', async () => {
  for (const url of await precacheUrls()) {
    await expect(readFile(join(APP, url)), url).resolves.toBeDefined();
  }
});
