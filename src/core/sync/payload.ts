/**
 * What leaves the device: every change is padded and encrypted with the workbook key before it
 * is sent, and a record's id is replaced by HMAC-SHA-256(workbook key, local id) (PROTOCOL.md).
 * The record id is also the AES-GCM additional data, so the server cannot move a payload from
 * one record to another.
 */

/** Smallest padded plaintext, and the largest payload the server takes. */
export const MIN_PADDED_BYTES = 256;
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The workbook key in the two forms it is used in. */
export interface WorkbookKeys {
  raw: Uint8Array<ArrayBuffer>;
  aes: CryptoKey;
  hmac: CryptoKey;
}

/** A new random workbook key (AES-GCM 256). */
export function newWorkbookKeyBytes(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** Imports raw workbook key bytes for encryption and for record ids. */
export async function importWorkbookKey(raw: Uint8Array): Promise<WorkbookKeys> {
  const bytes = new Uint8Array(raw);
  const aes = await crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const hmac = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { raw: bytes, aes, hmac };
}

/** The record id the server sees for a local id. */
export async function serverRecordId(keys: WorkbookKeys, localId: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', keys.hmac, encoder.encode(localId))));
}

/** Pads bytes with zeros to the next power of two, at least MIN_PADDED_BYTES. */
export function pad(plain: Uint8Array): Uint8Array<ArrayBuffer> {
  let size = MIN_PADDED_BYTES;
  while (size < plain.length) size *= 2;
  const out = new Uint8Array(size);
  out.set(plain);
  return out;
}

/** Removes the zero padding (JSON text never contains a zero byte). */
export function unpad(padded: Uint8Array): Uint8Array {
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end--;
  return padded.subarray(0, end);
}

/** Thrown when a change would be larger than the server takes. */
export class TooLargeError extends Error {
  constructor() {
    super('too_large');
  }
}

/** Encrypts a JSON value into a payload (base64url of IV ‖ ciphertext). */
export async function encryptPayload(keys: WorkbookKeys, value: unknown, context: string): Promise<string> {
  const padded = pad(encoder.encode(JSON.stringify(value)));
  if (padded.length > MAX_PAYLOAD_BYTES) throw new TooLargeError();
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, keys.aes, padded);
  const out = new Uint8Array(IV_BYTES + data.byteLength);
  out.set(iv);
  out.set(new Uint8Array(data), IV_BYTES);
  return toBase64Url(out);
}

/** Decrypts a payload; rejects on a wrong key, another context or tampering. */
export async function decryptPayload<T>(keys: WorkbookKeys, payload: string, context: string): Promise<T> {
  const bytes = fromBase64Url(payload);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: encoder.encode(context) },
    keys.aes,
    bytes.subarray(IV_BYTES),
  );
  return JSON.parse(decoder.decode(unpad(new Uint8Array(plain)))) as T;
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string (with or without padding). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
