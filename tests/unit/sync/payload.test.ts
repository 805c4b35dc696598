import { describe, expect, it } from 'vitest';
import { decryptPayload, encryptPayload, fromBase64Url, importWorkbookKey, MIN_PADDED_BYTES, newWorkbookKeyBytes, pad, serverRecordId, TooLargeError, unpad } from '../../../src/core/sync/payload';
import { retryDelayMs } from '../../../src/core/sync/backoff';

describe('payloads', () => {
  it('pads to a power of two of at least 256 bytes, and unpads back', () => {
    expect(pad(new Uint8Array(1)).length).toBe(MIN_PADDED_BYTES);
    expect(pad(new Uint8Array(256)).length).toBe(256);
    expect(pad(new Uint8Array(257)).length).toBe(512);
    expect(pad(new Uint8Array(70_000)).length).toBe(131_072);
    const text = new TextEncoder().encode('{"a":1}');
    expect(unpad(pad(text))).toEqual(text);
  });

  it('shows the server only a size bucket: IV, padded ciphertext and tag', async () => {
    const keys = await importWorkbookKey(newWorkbookKeyBytes());
    const short = fromBase64Url(await encryptPayload(keys, { text: 'ja' }, 'r'));
    const longer = fromBase64Url(await encryptPayload(keys, { text: 'ja, dat wil ik graag veranderen' }, 'r'));
    expect(short.length).toBe(12 + 256 + 16);
    expect(longer.length).toBe(short.length);
  });

  it('opens only with the same key and the same record id', async () => {
    const keys = await importWorkbookKey(newWorkbookKeyBytes());
    const other = await importWorkbookKey(newWorkbookKeyBytes());
    const payload = await encryptPayload(keys, { text: 'geheim' }, 'record-1');
    expect(await decryptPayload(keys, payload, 'record-1')).toEqual({ text: 'geheim' });
    await expect(decryptPayload(keys, payload, 'record-2')).rejects.toThrow();
    await expect(decryptPayload(other, payload, 'record-1')).rejects.toThrow();
  });

  it('refuses a change larger than 4 MiB after padding', async () => {
    const keys = await importWorkbookKey(newWorkbookKeyBytes());
    await expect(encryptPayload(keys, 'x'.repeat(4 * 1024 * 1024), 'r')).rejects.toBeInstanceOf(TooLargeError);
  });

  it('gives each local id a stable id the server cannot read', async () => {
    const keys = await importWorkbookKey(newWorkbookKeyBytes());
    const id = await serverRecordId(keys, 'answer:middelengebruik/1.1/mijn-doel');
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await serverRecordId(keys, 'answer:middelengebruik/1.1/mijn-doel')).toBe(id);
    expect(await serverRecordId(await importWorkbookKey(newWorkbookKeyBytes()), 'answer:middelengebruik/1.1/mijn-doel')).not.toBe(id);
  });
});

describe('retry waits', () => {
  it('waits 2 s, 4 s, 8 s … and never more than 5 minutes', () => {
    expect([0, 1, 2, 3, 4].map(retryDelayMs)).toEqual([0, 2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs(9)).toBe(300_000);
    expect(retryDelayMs(1000)).toBe(300_000);
  });
});
