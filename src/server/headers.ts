/**
 * Response headers shared by every answer of the server: the security policy and the
 * cache rules per class of file. Kept apart so the policy can be read and reviewed in one place.
 */

/** Content-Security-Policy: only our own origin; blob:/data: for recorded audio and images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

/** Headers set on every response, errors and 304s included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Must be revalidated every time: the entry points that decide which app version runs. */
export const CACHE_REVALIDATE = 'no-cache';
/** Vite puts a content hash in every name under /assets/, so a name never changes meaning. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed static files (icons, robots.txt): an hour is short enough for a fix to reach people. */
export const CACHE_SHORT = 'public, max-age=3600';
/** Errors and API answers must never be reused. */
export const CACHE_NONE = 'no-store';

// An outdated service worker or index.html would pin people to an old app version.
const REVALIDATED_PATHS = new Set(['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']);
const WORKBOX_CHUNK = /^\/workbox-[^/]+\.js$/;

/** Cache-Control for a static file, by its decoded URL path. */
export function cacheControlFor(urlPath: string): string {
  if (REVALIDATED_PATHS.has(urlPath) || WORKBOX_CHUNK.test(urlPath)) return CACHE_REVALIDATE;
  if (urlPath.startsWith('/assets/')) return CACHE_IMMUTABLE;
  return CACHE_SHORT;
}
