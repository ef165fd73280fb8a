// The classes the fifth held-out batch (test/fixtures/importer/holdout5) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null]) ?? [];

describe('a PDF copy’s hard-wrapped lines', () => {
  const text = [
    '石门镇中心小学创建文明校园工作汇报',
    '尊敬的各位领导：',
    '    在此，我谨代表全校师生向莅临我校检查指导的各位',
    '领导表示衷心感谢！下面，我把学校创建工作简要汇报',
    '如下。',
    '一、强化思想引领，培育时代新人',
    '学校坚持立德树人根本任务，开展“红领巾讲解员”“美德',
    '少年评选”等活动，把社会主义核心价值观教育融入课堂',
    '教学、校园文化和社会实践的全过程。',
    '二、办学成效',
    '    学校先后荣获“全国青少年体育工作示范校”（2019',
    '年）、“全省语言文字规范化示范校”（2021年）等荣誉称',
    '号；学校与两所偏远山区小学结对，每年安排帮扶助学',
    '资金6万元，资助困难学生一百二十余人次。',
    '第二部分 存在的不足和今后打算 对照文明校园测评标',
    '准，学校在志愿服务常态化等方面还有差距，我们将补齐短板。',
    '石门镇中心小学',
    '2023年10月',
  ].join('\n');
  const [doc] = importText(text);

  it('does not take a line that runs to the wrap width for a heading, indented or not', () => {
    expect(headings(doc)).toEqual(['一、强化思想引领，培育时代新人', '二、办学成效', '第二部分 存在的不足和今后打算']);
  });

  it('reads a bracketed-year list and a yearly amount across the wrapped lines', () => {
    expect(honors(doc)).toEqual([
      ['全国青少年体育工作示范校', 'honor', 2019, '全国', { kind: 'unit' }, 'title'],
      ['全省语言文字规范化示范校', 'honor', 2021, '省级', { kind: 'unit' }, 'title'],
    ]);
    expect(amounts(doc).map((a) => a.slice(0, 3))).toEqual([['6万元', '帮扶资金', '每年']]);
  });
});

describe('levels in an autonomous region', () => {
  it('reads 自治区, 全区 and a region named without 省 as the province level', () => {
    const [doc] = importText(
      [
        '青山县林业局创建文明单位工作汇报',
        '　　青山县林业局地处内蒙古自治区东部，现有干部职工86人。',
        '　　2020年，我局被评为全区林草系统“生态建设先进集体”。局护林站被评为自治区级“青年文明号”。',
        '　　技术员马小军荣获“宁夏五四青年奖章”（2021年）。',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['全区林草系统“生态建设先进集体”', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
      ['自治区级“青年文明号”', 'honor', 'undated', '省级', { kind: 'subordinate', name: '护林站' }, 'title'],
      ['宁夏五四青年奖章', 'honor', 2021, '省级', { kind: 'individual', name: '马小军' }, 'award'],
    ]);
  });

  it('keeps 全区 a district’s level for a unit in a city district', () => {
    const [doc] = importText(
      [
        '江岸区春晖社区创建文明社区工作汇报',
        '　　春晖社区位于广西邕江市江岸区中部，辖居民小区9个。2019年社区被评为全区“和谐社区示范单位”，江岸区委多次肯定社区工作。',
      ].join('\n'),
    );
    expect(honors(doc).map((h) => [h[0], h[3]])).toEqual([['全区“和谐社区示范单位”', '区级']]);
  });
});
