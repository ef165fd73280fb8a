// Reads QR codes back, as a phone would: SVG markup or any image sharp can open, through jsQR.
import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in an image (PNG/JPEG bytes or SVG markup), or null. */
export async function decodeQr(input: Buffer | string, width = 600): Promise<string | null> {
  const source = typeof input === 'string' ? Buffer.from(input) : input;
  const { data, info } = await sharp(source, { density: 300 })
    .resize({ width, withoutEnlargement: typeof input !== 'string' })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}
