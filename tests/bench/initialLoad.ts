/**
 * What the start page of the built app loads before anything is drawn, and how big that is:
 * the scripts and stylesheets dist/app/index.html names (script src, modulepreload, stylesheet),
 * plus every script those import statically, followed to the end. Dynamic import() is not
 * followed: that code is loaded when a screen needs it. Used by the bundle-size test and by
 * `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the initial load with its size in bytes. */
export interface LoadedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The initial JavaScript and CSS, with totals in bytes. */
export interface InitialLoad {
  files: LoadedFile[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
}

// <script src="/x">, <link rel="modulepreload|stylesheet" href="/x"> in either attribute order.
const TAG = /<(script|link)\b[^>]*>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);
// Static imports in Vite's minified output: import{a as b}from"./x.js", import"./x.js", export…from"./x.js".
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.\/[^"']+|\/[^"']+)["']/g;

/** The paths (relative to the app folder) the start page names directly. */
export function entriesOfHtml(html: string): string[] {
  const paths: string[] = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    const src = name === 'script' ? tag.match(ATTRIBUTE('src'))?.[1] : undefined;
    const rel = name === 'link' ? tag.match(ATTRIBUTE('rel'))?.[1] : undefined;
    const href = rel === 'modulepreload' || rel === 'stylesheet' ? tag.match(ATTRIBUTE('href'))?.[1] : undefined;
    const path = src ?? href;
    if (path && !/^[a-z]+:/i.test(path)) paths.push(path.replace(/^\//, ''));
  }
  return paths;
}

/** The paths a built script imports statically, relative to the app folder. */
export function staticImportsOf(script: string, scriptPath: string): string[] {
  const folder = scriptPath.includes('/') ? scriptPath.slice(0, scriptPath.lastIndexOf('/') + 1) : '';
  return [...script.matchAll(STATIC_IMPORT)].map(([, target]) => (target!.startsWith('/') ? target!.slice(1) : folder + target!.slice(2)));
}

/** Reads dist/app (or `appDir`) and measures what its start page loads initially. */
export async function measureInitialLoad(appDir: string): Promise<InitialLoad> {
  const html = await readFile(join(appDir, 'index.html'), 'utf8');
  const queue = entriesOfHtml(html);
  const seen = new Set<string>();
  const files: LoadedFile[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || !/\.(m?js|css)$/.test(path)) continue;
    seen.add(path);
    const content = await readFile(join(appDir, path));
    files.push({ path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    if (!path.endsWith('.css')) queue.push(...staticImportsOf(content.toString('utf8'), path));
  }
  const sum = (list: LoadedFile[]) => list.reduce((total, file) => total + file.gzipBytes, 0);
  const css = files.filter((file) => file.path.endsWith('.css'));
  const js = files.filter((file) => !file.path.endsWith('.css'));
  return { files, jsGzipBytes: sum(js), cssGzipBytes: sum(css), totalGzipBytes: sum(files) };
}
