import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/share/qr';
import { decodeQr } from '../helpers/qr-decode';

describe('qrSvg', () => {
  it('encodes the URL exactly', async () => {
    for (const url of ['https://example.org/units/xx-zhen/', 'https://wmb.example.gov.cn/showcase/units/zhu-fang-gong-ji-jin/#wei-rao-zu-zhi-luo-shi']) {
      expect(await decodeQr(await qrSvg(url, { label: '二维码' }))).toBe(url);
    }
  });

  it('is an image with a label screen readers say', async () => {
    const svg = await qrSvg('https://example.org/', { label: '扫码打开 "XX镇" <页面>' });
    expect(svg).toMatch(/^<svg class="qr" role="img" aria-label="扫码打开 &#34;XX镇&#34; &#60;页面&#62;"/);
    expect(svg).toContain('<title>扫码打开 &#34;XX镇&#34; &#60;页面&#62;</title>');
    expect(svg).not.toMatch(/\sid=/);
  });
});
