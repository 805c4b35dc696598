import type { ServerResponse } from 'node:http';
import { CACHE_NONE } from './headers.js';

/** Ends the response with a short plain-text message, never cached. */
export function sendText(res: ServerResponse, status: number, message: string): void {
  const body = `${message}\n`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', CACHE_NONE);
  res.end(body);
}

/** Ends the response with a JSON value, never cached. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', CACHE_NONE);
  res.end(body);
}
