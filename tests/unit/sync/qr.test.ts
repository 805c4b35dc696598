/** The pairing link survives the QR code: drawn as the sync page draws it, read as the scanner reads it. */
import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { expect, it } from 'vitest';
import { formatCode, newPairingCode, normalizeCode } from '../../../src/core/sync/setup';

it('reads back the /koppel link with its code from a drawn QR code', () => {
  const code = newPairingCode();
  const link = `http://127.0.0.1:8080/koppel#${code}`;
  const cells = encodeQR(link, 'raw', { ecc: 'medium', border: 2 });
  // Each cell 6 × 6 pixels, black on white, like a camera frame of the screen.
  const scale = 6;
  const size = cells.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  cells.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) data.fill(0, ((y * scale + dy) * size + x * scale + dx) * 4, ((y * scale + dy) * size + x * scale + dx) * 4 + 3);
    }),
  );
  const read = decodeQR({ width: size, height: size, data });
  expect(read).toBe(link);
  expect(normalizeCode(read)).toBe(code);
  expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
  expect(normalizeCode('ABCD-EFGH')).toBeNull();
});
