import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeQr, qrSvg } from '../../src/lib/qr';

/** Rasterises the matrix with a quiet zone, as a camera would see a printed code. */
function decode(text: string) {
  const qr = encodeQr(text);
  const scale = 4;
  const quiet = 4;
  const width = (qr.size + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.modules[y][x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + quiet) * scale + dy) * width + (x + quiet) * scale + dx) * 4;
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
        }
      }
    }
  }
  return { qr, result: jsQR(pixels, width, width, { inversionAttempts: 'dontInvert' }) };
}

describe('the QR encoder', () => {
  it('makes a play link that a QR reader decodes', () => {
    const { qr, result } = decode('https://debrief.example/q/K7M2PX');
    expect(result?.data).toBe('https://debrief.example/q/K7M2PX');
    expect(qr.version).toBe(3);
  });

  it('decodes at every version from 1 to 10, multi-block and version-info ones included', () => {
    const seen = new Set<number>();
    for (const length of [1, 10, 20, 30, 50, 60, 80, 100, 120, 140, 160, 180, 200, 213]) {
      const text = Array.from({ length }, (_, i) => 'debrief-QR/'[i % 11]).join('');
      const { qr, result } = decode(text);
      seen.add(qr.version);
      expect(result?.data, `length ${length}, version ${qr.version}, mask ${qr.mask}`).toBe(text);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps UTF-8 text intact', () => {
    expect(decode('Café — 東京 ✓').result?.data).toBe('Café — 東京 ✓');
  });

  it('refuses text beyond version 10', () => {
    expect(() => encodeQr('x'.repeat(300))).toThrow(RangeError);
  });

  it('draws an SVG with a quiet zone and an escaped title', () => {
    const svg = qrSvg('https://debrief.example/q/ABC234', 'Join <ABC234>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 37 37"/);
    expect(svg).toContain('<title>Join &#60;ABC234&#62;</title>');
  });
});
