// QR codes as inline SVG, made at build time: sharp on paper at any size, no image request,
// and a <title> so a screen reader says what the code leads to.
import QRCode from 'qrcode';
import { cachedRender } from './cards/render-cache';

export interface QrOptions {
  /** What the code opens, read out by screen readers: 扫码打开：XX镇党政机关. */
  label: string;
  /** Quiet zone in modules; 4 is the standard, 2 is enough on a white tile. */
  margin?: number;
}

/**
 * An SVG QR code for `url` (error correction M: survives a scuffed print). Kept in the build
 * cache: the handout shows every unit's code, and a republish should not encode them again.
 */
export async function qrSvg(url: string, options: QrOptions): Promise<string> {
  const settings = { type: 'svg', margin: options.margin ?? 2, errorCorrectionLevel: 'M' } as const;
  const svg = (await cachedRender('qr-codes', JSON.stringify([url, settings]), async () => Buffer.from(await QRCode.toString(url, settings)))).toString('utf8');
  const label = escapeXml(options.label);
  return svg
    .replace('<svg ', `<svg class="qr" role="img" aria-label="${label}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`)
    .trim();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
