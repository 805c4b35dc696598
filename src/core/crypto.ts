/**
 * Encryption at rest for participant data (WebCrypto only).
 *
 * Each participant has one random AES-GCM-256 data key. It is never stored in the clear:
 * - once wrapped with a key derived from the participant's PIN (PBKDF2-SHA-256,
 *   PIN_KDF_ITERATIONS iterations, random 16-byte salt), and
 * - once wrapped with the device's staff key (itself wrapped with a key derived from the
 *   trainer code), so a trainer can unlock for a participant and reset a forgotten PIN.
 * Every record is sealed with AES-GCM under the data key and a fresh 12-byte IV. A wrong PIN
 * shows up as a failed GCM tag check when unwrapping: nothing is decrypted with a wrong key.
 *
 * Honest limit: a 4-6 digit PIN has at most a million values. Someone who copies the browser's
 * files can try them all offline; PBKDF2 only makes each try slower. See SECURITY notes in the
 * README.
 */

/** PBKDF2 iterations for PIN- and code-derived keys (issue bar: at least 300,000). */
export const PIN_KDF_ITERATIONS = 310_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;

/** A key wrapped (encrypted) by another key. */
export interface WrappedKey {
  iv: Uint8Array;
  data: Uint8Array;
}

/** A key wrapped by a secret-derived key, with what is needed to derive that key again. */
export interface SecretWrappedKey extends WrappedKey {
  salt: Uint8Array;
  iterations: number;
}

/** One encrypted value. */
export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Copies into a fresh ArrayBuffer-backed view, as WebCrypto's typings require. */
function bytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view);
}

/** A new random key. Extractable only so that it can be wrapped. */
export function newKey(use: KeyUse): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, USAGES[use]);
}

/** Derives a key-wrapping key from a PIN or code. */
export async function deriveWrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Wraps `key` with `wrappingKey`. */
export async function wrapKey(key: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.wrapKey('raw', key, wrappingKey, { name: 'AES-GCM', iv });
  return { iv, data: new Uint8Array(data) };
}

/** What an unwrapped key may do: encrypt records (data key) or wrap keys (staff key). */
export type KeyUse = 'data' | 'wrapping';

const USAGES: Record<KeyUse, KeyUsage[]> = { data: ['encrypt', 'decrypt'], wrapping: ['wrapKey', 'unwrapKey'] };

/** Unwraps a key; rejects when the wrapping key is wrong. */
export async function unwrapKey(
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  extractable = false,
  use: KeyUse = 'data',
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    bytes(wrapped.data),
    wrappingKey,
    { name: 'AES-GCM', iv: bytes(wrapped.iv) },
    { name: 'AES-GCM', length: 256 },
    extractable,
    USAGES[use],
  );
}

/** Wraps `key` under a fresh secret-derived key (PIN or trainer code). */
export async function wrapKeyWithSecret(key: CryptoKey, secret: string): Promise<SecretWrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await deriveWrappingKey(secret, salt, PIN_KDF_ITERATIONS);
  return { salt, iterations: PIN_KDF_ITERATIONS, ...(await wrapKey(key, wrappingKey)) };
}

/** Unwraps a secret-wrapped key; rejects when the secret is wrong. */
export async function unwrapKeyWithSecret(
  wrapped: SecretWrappedKey,
  secret: string,
  extractable = false,
  use: KeyUse = 'data',
): Promise<CryptoKey> {
  const wrappingKey = await deriveWrappingKey(secret, wrapped.salt, wrapped.iterations);
  return unwrapKey(wrapped, wrappingKey, extractable, use);
}

/** Encrypts a JSON-serialisable value. */
export function seal(value: unknown, key: CryptoKey): Promise<Sealed> {
  return sealBytes(encoder.encode(JSON.stringify(value)), key);
}

/** Decrypts a value sealed by `seal`; rejects on a wrong key or tampered data. */
export async function open<T>(sealed: Sealed, key: CryptoKey): Promise<T> {
  return JSON.parse(decoder.decode(await openBytes(sealed, key))) as T;
}

/** Encrypts raw bytes (media). */
export async function sealBytes(plain: Uint8Array, key: CryptoKey): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes(plain));
  return { iv, data: new Uint8Array(data) };
}

/** Decrypts bytes sealed by `sealBytes`. */
export async function openBytes(sealed: Sealed, key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv) }, key, bytes(sealed.data));
  return new Uint8Array(plain);
}
