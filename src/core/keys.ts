/**
 * The staff key: one random AES-GCM key per device that wraps every participant's data key,
 * so the trainer (or begeleider) code can unlock any profile and reset a PIN. It is stored
 * only wrapped with a key derived from the staff code; a correct code is proven by unwrapping,
 * so the code itself is never stored.
 */
import { newKey, unwrapKeyWithSecret, wrapKeyWithSecret, type SecretWrappedKey } from './crypto';

/** Wraps a new staff key with the staff code. */
export async function createStaffKey(code: string): Promise<SecretWrappedKey> {
  return wrapKeyWithSecret(await newKey('wrapping'), code);
}

/** Unwraps the staff key with the staff code; rejects on a wrong code. */
export function openStaffKey(wrapped: SecretWrappedKey, code: string): Promise<CryptoKey> {
  return unwrapKeyWithSecret(wrapped, code, false, 'wrapping');
}

/** Re-wraps the same staff key with a new code; rejects when the old code is wrong. */
export async function rewrapStaffKey(wrapped: SecretWrappedKey, oldCode: string, newCode: string): Promise<SecretWrappedKey> {
  return wrapKeyWithSecret(await unwrapKeyWithSecret(wrapped, oldCode, true, 'wrapping'), newCode);
}
