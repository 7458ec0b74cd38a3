import QRCode from 'qrcode';

/*
 * The check-in QR as one SVG path, drawn by our own component (title, description, no injected markup).
 * `qrcode` does the encoding (Reed–Solomon, masking); we only turn its module matrix into squares. Level M
 * survives a cracked phone screen; the 4-module quiet zone is what scanners need around the code.
 */
export const QUIET_ZONE = 4;

export function qrMatrix(text: string): { size: number; isDark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) };
}

export function qrSvgPath(text: string): { viewBox: number; path: string } {
  const { size, isDark } = qrMatrix(text);
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { viewBox: size + 2 * QUIET_ZONE, path: parts.join('') };
}
