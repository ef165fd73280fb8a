// The classes the twenty-third and twenty-fourth held-out batches (test/fixtures/importer/holdout23,
// holdout24) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import { importText } from './helpers';

describe('debris', () => {
  // A 范文 page: the paywall note glued to the last paragraph, then the 落款, the related list and a line the
  // importer did not know (the report's tags).
  const page = (tail: string) =>
    [
      '南湖县供电所创建市级文明单位工作汇报',
      '时间:2022-11-02 09:15:40 来源:网友投稿 作者:小编 阅读:812次',
      '一、服务群众',
      '供电所开展上门服务,实行"一次办结"制度,用户送来表扬信6封、锦旗3面……(全文共3120字,剩余1820字,开通VIP会员后查看全文)',
      '国网南湖县供电公司城关供电所',
      '2022年10月',
      '相关推荐:',
      '供电所文明创建工作总结',
      tail,
    ].join('\n');

  it('a paywall note at the end of the last paragraph ends it: the 落款 after it is never its tail, and thanks keep no year', () => {
    const [d] = importText(page('文明单位,供电,汇报'));
    const thanks = d?.honors.filter((h) => h.category === 'commendation');
    expect(thanks?.map((h) => [h.title, h.year])).toEqual([
      ['表扬信', 'undated'],
      ['锦旗', 'undated'],
    ]);
    expect(thanks?.every((h) => !h.quote?.includes('城关供电所'))).toBe(true);
  });

  it('a page’s keywords line (本文关键词:…) is debris: the 落款 above it dates the report, and the text is not cut', () => {
    const [d] = importText(page('本文关键词:文明单位,供电,汇报'));
    expect(d?.date?.iso).toBe('2022-10');
    expect(d?.removals.filter((r) => r.op === 'web-debris').map((r) => r.line)).toContain(9);
    expect(d?.warnings.filter((w) => w.kind === 'truncated').map((w) => w.line)).toEqual([4]);
  });

  it('a site name with its address alone on a line and 【打印本文】 are debris', () => {
    const [d] = importText(
      [
        '北山县税务局创建文明单位工作总结',
        '一、加强领导',
        '局党组把创建工作列入全年重点工作。',
        '范文之家 www.fanwenzhijia.net',
        '二、优化服务',
        '办税大厅推行延时服务。',
        '北山县税务局',
        '2021年12月',
        '【打印本文】 【关闭本页】',
      ].join('\n'),
    );
    const debris = d?.removals.filter((r) => ['watermark', 'web-debris'].includes(r.op)).map((r) => r.line);
    expect(debris).toEqual(expect.arrayContaining([4, 9]));
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});
