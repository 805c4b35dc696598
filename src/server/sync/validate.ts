/**
 * Strict checks for everything a client sends. Every check either returns the value in the
 * shape the server uses or throws Invalid; nothing unchecked reaches the store.
 */

/** Thrown for any request field that is not exactly what the protocol allows. */
export class Invalid extends Error {
  constructor(readonly code: 'invalid_body' | 'invalid_query' = 'invalid_body') {
    super(code);
  }
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parses a body as JSON; bytes that are not UTF-8 JSON are invalid. */
export function parseJson(body: Uint8Array): Json {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new Invalid();
  }
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw new Invalid();
  }
}

/** A plain object with exactly the required keys and maybe some optional ones; nothing else. */
export function object(value: Json | undefined, required: readonly string[], optional: readonly string[] = []): Record<string, Json> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Invalid();
  const keys = Object.keys(value);
  for (const key of keys) if (!required.includes(key) && !optional.includes(key)) throw new Invalid();
  for (const key of required) if (!Object.hasOwn(value, key)) throw new Invalid();
  return value;
}

/** A whole number in [min, max]; max at most 2^53 − 1 so it is exact everywhere. */
export function integer(value: Json | undefined, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) throw new Invalid();
  return value;
}

export function boolean(value: Json | undefined): boolean {
  if (typeof value !== 'boolean') throw new Invalid();
  return value;
}

export function array(value: Json | undefined, minLength: number, maxLength: number): Json[] {
  if (!Array.isArray(value) || value.length < minLength || value.length > maxLength) throw new Invalid();
  return value;
}

/** Base64url without padding, of exactly `length` characters. */
export function base64urlId(value: Json | undefined, length: number): string {
  if (typeof value !== 'string' || value.length !== length || !BASE64URL.test(value) || !canonical(value)) throw new Invalid();
  return value;
}

/** Base64url without padding decoding to between minBytes and maxBytes bytes. */
export function base64urlBytes(value: Json | undefined, minBytes: number, maxBytes: number): Uint8Array {
  if (typeof value !== 'string' || value.length > Math.ceil((maxBytes * 4) / 3) || !BASE64URL.test(value) || !canonical(value)) {
    throw new Invalid();
  }
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.length < minBytes || bytes.length > maxBytes) throw new Invalid();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Only one text stands for given bytes: a length of 1 mod 4 is impossible, and the unused low
 * bits of the last character must be zero. Otherwise two spellings would name one record.
 */
function canonical(text: string): boolean {
  const rest = text.length % 4;
  if (rest === 1) return false;
  if (rest === 0) return true;
  const last = ALPHABET.indexOf(text[text.length - 1]!);
  const unusedBits = rest === 2 ? 4 : 2;
  return (last & ((1 << unusedBits) - 1)) === 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Parses `a=1&b=2` into exactly the allowed names, each at most once; anything else is invalid. */
export function query(search: string, allowed: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  if (search === '') return result;
  if (search.length > 200) throw new Invalid('invalid_query');
  for (const part of search.split('&')) {
    const equals = part.indexOf('=');
    if (equals < 1) throw new Invalid('invalid_query');
    const name = part.slice(0, equals);
    const value = part.slice(equals + 1);
    if (!allowed.includes(name) || result.has(name)) throw new Invalid('invalid_query');
    result.set(name, value);
  }
  return result;
}

/** A decimal query value without sign, leading zeros or exponent, in [min, max]. */
export function queryInteger(value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^(0|[1-9][0-9]{0,15})$/.test(value)) throw new Invalid('invalid_query');
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) throw new Invalid('invalid_query');
  return number;
}
