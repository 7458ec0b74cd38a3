import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrSvgPath } from '@/lib/checkin/qr';
import { decodeCheckInFrame } from '@/lib/checkin/scan';
import { formatCheckInCode, normaliseCheckInCode } from '@/lib/validation/checkin';

/** Paints a QR (or any matrix) as a grey-on-white camera-like frame: `scale` pixels per module, offset in a larger frame. */
function frame(text: string, { scale = 6, offset = 30, width = 320, height = 240 } = {}) {
  const { size, isDark } = qrMatrix(text);
  const rgba = new Uint8ClampedArray(width * height * 4).fill(235);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const col = Math.floor((x - offset) / scale) - QUIET_ZONE;
      const row = Math.floor((y - offset) / scale) - QUIET_ZONE;
      const dark = row >= 0 && col >= 0 && row < size && col < size && isDark(row, col);
      const i = (y * width + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = dark ? 30 : 235;
      rgba[i + 3] = 255;
    }
  }
  return { rgba, width, height };
}

describe('check-in QR', () => {
  it('round-trips: the QR we draw decodes, through the desk’s decoder, to the same code', () => {
    const code = 'A1B2C3D4E5F60718';
    const { rgba, width, height } = frame(code);
    expect(decodeCheckInFrame(rgba, width, height)).toBe(code);
  });

  it('ignores a frame without a QR and a QR that is not a check-in code', () => {
    const blank = new Uint8ClampedArray(320 * 240 * 4).fill(255);
    expect(decodeCheckInFrame(blank, 320, 240)).toBeNull();
    const poster = frame('https://example.org/');
    expect(decodeCheckInFrame(poster.rgba, poster.width, poster.height)).toBeNull();
  });

  it('draws one square per dark module inside the quiet zone', () => {
    const { viewBox, path } = qrSvgPath('0123456789ABCDEF');
    const { size, isDark } = qrMatrix('0123456789ABCDEF');
    let dark = 0;
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (isDark(r, c)) dark++;
    expect(viewBox).toBe(size + 2 * QUIET_ZONE);
    expect(path.match(/M/g)).toHaveLength(dark);
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}`)).toBe(true); // the finder pattern's corner
  });

  it('prints the code in groups of four and reads it back however it is typed', () => {
    expect(formatCheckInCode('A1B2C3D4E5F60718')).toBe('A1B2-C3D4-E5F6-0718');
    expect(normaliseCheckInCode(' a1b2 c3d4-e5f6-0718 ')).toBe('A1B2C3D4E5F60718');
  });
});
