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
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (isFresh(req, etag, stats)) {
    await file.close();
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  res.setHeader('Content-Length', stats.size);
  if (req.method === 'HEAD') {
    await file.close();
    res.end();
    return true;
  }
  // A client that hangs up mid-file rejects the pipeline; nothing is left to answer then.
  await pipeline(file.createReadStream(), res).catch(() => res.destroy());
  return true;
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
