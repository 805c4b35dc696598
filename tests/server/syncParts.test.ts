import { describe, expect, it } from 'vitest';
import { loggedPath } from '../../src/server/requestLog.js';
import { RateLimiter } from '../../src/server/sync/rateLimit.js';
import { Invalid, base64urlBytes, base64urlId, integer, object, query, queryInteger } from '../../src/server/sync/validate.js';

describe('RateLimiter', () => {
  it('allows the limit per window and starts again in the next one', () => {
    const limiter = new RateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 10)).toBe(true);
    expect(limiter.allows('a', 999)).toBe(false);
    expect(limiter.take('a', 1000)).toBe(true);
  });

  it('never keeps more than its maximum of keys', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`key${i}`, i);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
    // The newest keys are still counted.
    expect(limiter.take('key999', 1000)).toBe(false);
  });
});

describe('validation', () => {
  it('accepts only canonical base64url of the right length', () => {
    const id = Buffer.alloc(16, 7).toString('base64url');
    expect(base64urlId(id, 22)).toBe(id);
    // Same bytes, other spelling (unused low bits set): refused.
    const other = id.slice(0, -1) + 'x';
    expect(() => base64urlId(other, 22)).toThrow(Invalid);
    for (const bad of ['', 'a', '====', `${id}=`, id.replace(/./, '+'), 12, null]) {
      expect(() => base64urlId(bad as string, 22)).toThrow(Invalid);
    }
    expect(base64urlBytes(Buffer.alloc(20).toString('base64url'), 16, 32)).toHaveLength(20);
    expect(() => base64urlBytes(Buffer.alloc(33).toString('base64url'), 16, 32)).toThrow(Invalid);
    expect(() => base64urlBytes('A'.repeat(100_000), 16, 32)).toThrow(Invalid);
  });

  it('takes integers only as safe whole numbers in range', () => {
    expect(integer(5, 1)).toBe(5);
    for (const bad of [0, -1, 1.5, 2 ** 53, Number.NaN, Infinity, '5', true, null]) expect(() => integer(bad as number, 1)).toThrow(Invalid);
    expect(queryInteger('0', 0, 10)).toBe(0);
    for (const bad of ['', '-0', '01', '1e1', '0x1', ' 1', '11', undefined]) expect(() => queryInteger(bad, 0, 10)).toThrow(Invalid);
  });

  it('refuses unknown, missing and inherited keys, and repeated or unknown query names', () => {
    expect(object({ a: 1 }, ['a'])).toEqual({ a: 1 });
    expect(() => object({ a: 1, b: 2 }, ['a'])).toThrow(Invalid);
    expect(() => object({}, ['a'])).toThrow(Invalid);
    expect(() => object(JSON.parse('{"__proto__":{"a":1}}'), ['a'])).toThrow(Invalid);
    expect(() => object([] as never, [])).toThrow(Invalid);
    expect(query('since=1&limit=2', ['since', 'limit']).get('limit')).toBe('2');
    for (const bad of ['since=1&since=2', 'x=1', 'since', '=1', '&']) expect(() => query(bad, ['since', 'limit'])).toThrow(Invalid);
  });
});

describe('request log paths', () => {
  it('logs sync routes by name and never a client-chosen part of a sync path', () => {
    expect(loggedPath('/api/sync/push')).toBe('/api/sync/push');
    expect(loggedPath('/api/sync/devices/AAAAAAAAAAAAAAAAAAAAAA/revoke')).toBe('/api/sync/devices/:id/revoke');
    expect(loggedPath('/api/sync/mijn%20geheim')).toBe('/api/sync/…');
    expect(loggedPath('/assets/app.js')).toBe('/assets/app.js');
  });
});
