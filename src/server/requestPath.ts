import { posix, resolve, sep } from 'node:path';

/** The path part of a request target, query and fragment cut off, still percent-encoded. */
export function rawPathOf(url: string | undefined): string {
  const target = url ?? '';
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/**
 * Decodes and normalises a raw path, or returns null when the request is bad: not
 * origin-form, malformed percent-encoding, a NUL byte, or a `..` segment. Browsers remove
 * `..` before sending, so one that arrives (often hidden as `%2e%2e` or `..%2f`) is an attack.
 */
export function decodePath(rawPath: string): string | null {
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return null;
  return posix.normalize(decoded);
}

/** Absolute file path for a decoded URL path, or null if it would lie outside root. */
export function resolveInside(root: string, urlPath: string): string | null {
  const file = resolve(root, `.${urlPath}`);
  // Second line of defence after decodePath: whatever slipped through must still stay under root.
  return file === root || file.startsWith(root + sep) ? file : null;
}
