import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE, shareCardSvg, shareImagePng, textWidthEm, wrapText } from '../../src/share/cards/share-image';

describe('wrapText', () => {
  it('measures CJK as one em and Latin as about half', () => {
    expect(textWidthEm('文明单位')).toBe(4);
    expect(textWidthEm('XX镇')).toBeCloseTo(2.1);
  });

  it('breaks into lines and marks a cut with …', () => {
    expect(wrapText('一二三四五六', 3, 2)).toEqual(['一二三', '四五六']);
    expect(wrapText('一二三四五六七', 3, 2)).toEqual(['一二三', '四五…']);
    expect(wrapText('短', 3, 2)).toEqual(['短']);
  });
});

describe('share card', () => {
  const card = {
    kicker: '文明单位创建成果展示',
    title: 'XX镇党政机关',
    badge: '县级文明单位（2005年命名）',
    facts: ['在岗职工 48人', '党员 34名'],
    footer: 'XX县文明办　example.org/units/xx-zhen/',
  };

  it('escapes text and holds the unit name', () => {
    const svg = shareCardSvg({ ...card, title: 'A&B<镇>' });
    expect(svg).toContain('A&#38;B&#60;镇&#62;');
    expect(shareCardSvg(card)).toContain('XX镇党政机关');
  });

  it('renders to a 1200×630 PNG', async () => {
    const meta = await sharp(await shareImagePng(card)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', SHARE_IMAGE.width, SHARE_IMAGE.height]);
  });
});
