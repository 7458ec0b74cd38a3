import jsQR from 'jsqr';
import { checkInCodeSchema } from '@/lib/validation/checkin';

/*
 * The desk's camera path: one video frame's RGBA pixels in, a check-in code out (or null). Anything that is
 * not one of our codes (a URL on a poster, a payment QR) is ignored rather than sent to the server.
 */
export function decodeCheckInFrame(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  const found = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  if (!found) return null;
  const code = checkInCodeSchema.safeParse(found.data);
  return code.success ? code.data : null;
}
