// The classes the third held-out batch (test/fixtures/importer/holdout3) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { reconstructLines } from '../../src/importer/lossless';
import { toSourceLines } from '../../src/importer/decode';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const warnings = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind).map((w) => w.line) ?? [];

describe('a part title run into its text in a PDF copy, with no stop between them', () => {
  const text = [
    '长青路小学创建市级文明校园汇报',
    '第一部分　办学概况长青路小学创办于1962年，现有教学班30个，学生1350人，在编教',
    '职工82人，其中党员37名。',
    '第二部分　创建工作的主要做法',
    '一、健全机制',
    '学校把创建工作写进三年发展规划，每学期召开两次专题会议。',
  ].join('\n');
  const [doc] = importText(text);

  it('splits the heading after its title and keeps the wrapped paragraph whole', () => {
    expect(headings(doc)).toEqual(['第一部分　办学概况', '第二部分　创建工作的主要做法', '一、健全机制']);
    expect(doc?.blocks.find((b) => b.role === 'paragraph')?.piece.text).toBe(
      '长青路小学创办于1962年，现有教学班30个，学生1350人，在编教职工82人，其中党员37名。',
    );
    expect(warnings(doc, 'gap')).toEqual([]);
  });

  it('does not cut a title that a stop follows', () => {
    const [d] = importText(['城北派出所工作汇报', '第三部分　存在的不足和今后打算，我们将对照标准逐项整改。'].join('\n'));
    expect(headings(d)[0]).not.toBe('第三部分　存在的不足');
  });

  it('is lossless', () => {
    const rebuilt = reconstructLines(importText(text));
    for (const l of toSourceLines(text)) expect(rebuilt.get(l.line) ?? '').toBe(l.text);
  });
});

describe('an anonymised closing block (×××, 20××年×月)', () => {
  const [doc] = importText(
    ['某某卫生室文明创建工作总结', '一、服务群众', '卫生室全年接诊群众4200人次，开展健康讲座12场。', '＊＊＊', '20××年×月×日'].join('\n'),
  );

  it('is a signature, not a report cut off mid-sentence', () => {
    expect(doc?.blocks.filter((b) => b.role === 'signature').map((b) => b.piece.text)).toEqual(['＊＊＊', '20××年×月×日']);
    expect(warnings(doc, 'truncated')).toEqual([]);
    expect(warnings(doc, 'placeholder').length).toBeGreaterThan(0);
  });
});

describe('a residents’ or villagers’ committee named in the title', () => {
  it('takes the committee’s full name, not the shorter name the body uses', () => {
    const [a] = importText(['东风街道朝阳社区居民委员会创建文明社区工作汇报', '朝阳社区位于街道北部，现有居民1900户。'].join('\n'));
    expect(a?.unit?.name).toBe('东风街道朝阳社区居民委员会');
    const [b] = importText(['大河村村委会文明村创建工作总结', '大河村地处河谷，共有村民小组6个。'].join('\n'));
    expect(b?.unit?.name).toBe('大河村村委会');
  });
});

describe('a person named after a post', () => {
  const [doc] = importText(
    [
      '平安县人民法院创建文明单位工作汇报',
      '　　立案庭副庭长孟庆和被评为“全省法院先进个人”，工会主席***被评为市级“优秀工会工作者”。办公室秘书长韩冬被评为“全市优秀公务员”。',
    ].join('\n'),
  );

  it('credits the person, with the name and without the post', () => {
    expect(doc?.honors.map((h) => [h.title, h.recipient])).toEqual([
      ['全省法院先进个人', { kind: 'individual', name: '孟庆和' }],
      ['市级“优秀工会工作者”', { kind: 'individual', name: '***' }],
      ['全市优秀公务员', { kind: 'individual', name: '韩冬' }],
    ]);
  });
});

describe('money from a higher level’s budget and money taken from the unit’s income', () => {
  const [doc] = importText(
    [
      '东湖中学创建文明校园工作汇报',
      '　　县财政局投资900万元为学校新建风雨操场。学校从勤工俭学收入中列支创建经费2万元。区级财政投入160万元改造校园道路。',
    ].join('\n'),
  );

  it('files the higher level’s money as funds won, and the budget by what it is for', () => {
    expect(doc?.amounts.map((a) => [a.text, a.kind])).toEqual([
      ['900万元', '争取项目'],
      ['2万元', '创建经费'],
      ['160万元', '争取项目'],
    ]);
  });

  it('still treats income itself as money not spent', () => {
    const [d] = importText(['西岭村文明村创建工作总结', '　　全村集体经济收入达到35万元，较上年增长12%。'].join('\n'));
    expect(d?.amounts.map((a) => [a.text, a.kind])).toEqual([['35万元', null]]);
  });
});

describe('a count stripped after 达 or 共计', () => {
  const [doc] = importText(['南山林场精神文明建设工作总结', '　　林场组织义务植树活动共计次，参与职工达人次，举办培训达期。'].join('\n'));

  it('warns for each stripped count', () => {
    expect(
      doc?.warnings
        .filter((w) => w.kind === 'missing-number')
        .map((w) => w.hint)
        .sort(),
    ).toEqual([expect.stringContaining('共计次'), expect.stringContaining('达人次'), expect.stringContaining('达期')]);
  });
});

describe('a rate per household', () => {
  const [doc] = importText(
    [
      '河湾社区创建文明社区工作总结',
      '　　社区为12户困难家庭每户每月发放生活补助150元，对独居老人户均每年走访慰问金不少于600元，向每户发放节能灯具，价值30元/户。',
    ].join('\n'),
  );

  it('keeps “per household” in the period, so it is never read as the unit’s own monthly or yearly sum', () => {
    expect(doc?.amounts.map((a) => [a.text, a.period])).toEqual([
      ['150元', '每户每月'],
      ['不少于600元', '每户每年'],
      ['30元', '每户'],
    ]);
    expect(doc?.warnings.filter((w) => w.hint.includes('按“每'))).toEqual([]);
  });
});
