import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  describe('kept in the build cache', () => {
    const saved = process.env['SHOWCASE_CACHE_DIR'];
    let cache: string;
    beforeEach(() => {
      cache = mkdtempSync(join(tmpdir(), 'qr-cache-'));
      process.env['SHOWCASE_CACHE_DIR'] = cache;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env['SHOWCASE_CACHE_DIR'];
      else process.env['SHOWCASE_CACHE_DIR'] = saved;
    });

    it('encodes a URL once; the same code comes back with each label', async () => {
      const url = 'https://wmb.example.gov.cn/units/yu-tang-zhen/';
      const first = await qrSvg(url, { label: '甲' });
      expect(readdirSync(join(cache, 'showcase', 'qr-codes'))).toHaveLength(1);
      const second = await qrSvg(url, { label: '乙' });
      expect(readdirSync(join(cache, 'showcase', 'qr-codes'))).toHaveLength(1);
      expect(second.replace(/乙/g, '甲')).toBe(first);
      expect(await decodeQr(second)).toBe(url);
      await qrSvg('https://wmb.example.gov.cn/units/xx-zhen/', { label: '丙' });
      expect(readdirSync(join(cache, 'showcase', 'qr-codes'))).toHaveLength(2);
    });
  });
});
