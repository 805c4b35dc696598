import type { IncomingMessage, ServerResponse } from 'node:http';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './contentTypes.js';

/**
 * Streams a regular file with validators (ETag, Last-Modified) and answers 304 when the
 * browser's copy is current. Resolves false, having sent nothing, when there is no such file.
 */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  filePath: string,
  cacheControl: string,
): Promise<boolean> {
  let file: FileHandle;
  try {
    file = await open(filePath, 'r');
  } catch {
    return false; // missing, a bad name (ENAMETOOLONG …) or unreadable: all mean "not here"
  }
  // The one open handle is stat'ed and streamed, so the file cannot be swapped in between.
  const stats = await file.stat().catch(() => null);
  if (!stats?.isFile()) {
    await file.close();
    return false;
  }
  const compressible = COMPRESSIBLE.test(contentTypeFor(filePath));
  const copy = compressible ? await precompressed(req, filePath, stats) : null;
  const body = copy?.file ?? file;
  if (copy) await file.close();
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${copy ? `-${copy.encoding}` : ''}"`;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (compressible) res.setHeader('Vary', 'Accept-Encoding');
  if (isFresh(req, etag, stats)) {
    await body.close();
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  if (copy) res.setHeader('Content-Encoding', copy.encoding);
  res.setHeader('Content-Length', copy?.size ?? stats.size);
  if (req.method === 'HEAD') {
    await body.close();
    res.end();
    return true;
  }
  // A client that hangs up mid-file rejects the pipeline; nothing is left to answer then.
  await pipeline(body.createReadStream(), res).catch(() => res.destroy());
  return true;
}

// Text is sent compressed when the build left a compressed copy beside it (vite.config.ts
// writes x.js.br and x.js.gz): a phone on a slow line downloads a third of the bytes.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/;
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** The best precompressed copy the browser accepts, if one exists and is not older than the file. */
async function precompressed(req: IncomingMessage, filePath: string, original: Stats): Promise<{ file: FileHandle; size: number; encoding: string } | null> {
  const accepted = acceptedEncodings(req.headers['accept-encoding']);
  for (const [encoding, extension] of ENCODINGS) {
    if (!accepted.has(encoding)) continue;
    const file = await open(filePath + extension, 'r').catch(() => null);
    if (!file) continue;
    const stats = await file.stat().catch(() => null);
    if (stats?.isFile() && stats.mtimeMs >= original.mtimeMs) return { file, size: stats.size, encoding };
    await file.close();
  }
  return null;
}

/** Encodings named in Accept-Encoding without q=0, lower-case. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

function isFresh(req: IncomingMessage, etag: string, stats: Stats): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // Weak comparison (RFC 9110 §13.1.2): the W/ prefix does not count.
    const bare = etag.slice(2);
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t === etag || t === bare;
    });
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds, the file's mtime does not.
  return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}
