// The classes the twelfth held-out batch (test/fixtures/importer/holdout12) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];

describe('【…】 part titles above 一、', () => {
  it('heads the outline, with the numbered headings under it, and is no subtitle', () => {
    const [d] = bracketReport();
    expect(d?.subtitle).toBeNull();
    expect(outline(d)).toEqual([
      [1, '【单位概况】'],
      [1, '【工作措施】'],
      [2, '一、强化组织保障'],
      [2, '二、丰富文化生活'],
      [1, '【今后打算】'],
    ]);
  });
  function bracketReport() {
    return importText(
      [
        '河口乡人民政府创建县级文明单位工作汇报',
        '',
        '【单位概况】',
        '河口乡辖9个行政村，乡机关干部职工52人。',
        '【工作措施】',
        '一、强化组织保障',
        '乡党委成立创建工作领导小组，定期研究创建工作。',
        '二、丰富文化生活',
        '乡文化站组建文艺队6支，全年演出40余场。',
        '【今后打算】',
        '我们将继续巩固创建成果。',
      ].join('\n'),
    );
  }
});

describe('recipients', () => {
  const report = (...body: string[]) => importText(['北川站创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it('reads 车站 as the station itself, a 服务台 as a body under it', () => {
    expect(honors(report('2021年，车站被评为“全省铁路安全先进单位”。', '2022年，车站问询服务台被评为省级“巾帼文明岗”。'))).toEqual([
      ['全省铁路安全先进单位', 'honor', 2021, '省级', { kind: 'unit' }, 'title'],
      ['省级“巾帼文明岗”', 'honor', 2022, '省级', { kind: 'subordinate', name: '问询服务台' }, 'title'],
    ]);
  });

  it('drops 辖 before a village under a township', () => {
    const [d] = importText(['河口乡人民政府创建县级文明单位工作汇报', '一、创建成效', '2022年，乡辖张家湾村被评为“省级文明村”。'].join('\n'));
    expect(d?.honors.map((h) => h.recipient)).toEqual([{ kind: 'subordinate', name: '张家湾村' }]);
  });
});

describe('an appendix of honors after the 落款', () => {
  const [d] = importText(
    [
      '东江纺织有限公司创建文明单位工作汇报',
      '一、主要做法',
      '公司每年投入创建经费20万元。总经理刘振华2020年被评为全市优秀企业家。',
      '东江纺织有限公司',
      '2022年12月',
      '附件：东江纺织有限公司获得荣誉情况表',
      '序号　年份　　荣誉名称　　　　　　　　授予单位',
      '1　　2017年　省级节水型企业　　　　　省水利厅',
      '2　　2021年　市长质量奖　　　　　　　市人民政府',
    ].join('\n'),
  );

  it('keeps the 落款 and its date, and the appendix as a section', () => {
    expect(d?.date?.iso).toBe('2022-12');
    expect(outline(d)).toEqual([
      [1, '一、主要做法'],
      [1, '附件：东江纺织有限公司获得荣誉情况表'],
    ]);
  });

  it('splits the year off a row whose year ran into the name, and reads an 企业家 as a person', () => {
    expect(honors(d)).toEqual([
      ['全市优秀企业家', 'honor', 2020, '市级', { kind: 'individual', name: '刘振华' }, 'title'],
      ['省级节水型企业', 'honor', 2017, '省级', { kind: 'unit' }, 'title'],
      ['市长质量奖', 'honor', 2021, '市级', { kind: 'unit' }, 'award'],
    ]);
  });
});

describe('■ sub-headings and 评定为', () => {
  const [d] = importText(
    [
      '臨江市博物館創建文明單位工作彙報',
      '本館2018年被國家文物局評定為國家二級博物館。',
      '一、服務觀眾',
      '■ 打造流動展覽',
      '　　本館每年舉辦流動展覽進校園、進社區活動30餘場。',
      '■ 培育志願隊伍',
      '　　本館組建志願講解隊，常年開展義務講解。',
    ].join('\n'),
  );

  it('reads a bullet over a paragraph as a sub-heading, in Traditional script too', () => {
    expect(outline(d)).toEqual([
      [1, '一、服务观众'],
      [2, '打造流动展览'],
      [2, '培育志愿队伍'],
    ]);
  });

  it('reads 评定为 as a verb of honor', () => {
    expect(honors(d)).toEqual([['国家二级博物馆', 'honor', 2018, '全国', { kind: 'unit' }, 'title']]);
  });
});

describe('money handed out per village and per household', () => {
  const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

  it('reads 每村 as a rate, apart from its total', () => {
    const [d] = importText(['河口乡人民政府创建县级文明单位工作汇报', '一、主要做法', '乡财政按每村3万元安排文明实践站建设补助，9个村共计27万元。'].join('\n'));
    expect(amounts(d).map(([text, , period]) => [text, period])).toEqual([
      ['3万元', '每村'],
      ['27万元', null],
    ]);
  });

  it('reads money handed to households or pupils with 对 as aid', () => {
    const [d] = importText(['河口乡人民政府创建县级文明单位工作汇报', '一、主要做法', '乡里对全乡40户脱贫户每户每年发放庭院种植奖补资金600元。'].join('\n'));
    expect(amounts(d)).toEqual([['600元', '帮扶资金', '每户每年']]);
  });
});

describe('PDF lines, brands and semicolons', () => {
  it('never reads a line ending in 每 (cut by a page footer) as a heading', () => {
    const [d] = importText(
      [
        '城北小学创建文明校园工作汇报',
        '一、关爱学生',
        '学校坚持开展结对帮扶活动，全体教师与留守儿童结成对',
        '子，定期开展家访谈心，共建成心理辅导室2间。学校关',
        '爱体系健全，对45名留守儿童每',
        '- 2 -',
        '人每学期发放学习用品一套，受到家长一致好评。',
      ].join('\n'),
    );
    expect(outline(d)).toEqual([[1, '一、关爱学生']]);
  });

  it('reads quotes after a body as its brand, not its name', () => {
    expect(honors(importText(['北川站创建文明单位工作汇报', '一、主要做法', '2021年，售票组“微笑窗口”被团省委授予“省级青年文明号”。'].join('\n'))[0])).toEqual([
      ['省级青年文明号', 'honor', 2021, '省级', { kind: 'subordinate', name: '售票组' }, 'title'],
    ]);
  });

  it('keeps the year that opened the sentence after a semicolon', () => {
    const [d] = importText(
      ['北川站创建文明单位工作汇报', '一、主要做法', '2021年，车站获评“全省文明服务示范单位”；售票员张丽被评为“全省铁路劳动模范”。'].join('\n'),
    );
    expect(d?.honors.map((h) => [h.title, h.year])).toEqual([
      ['全省文明服务示范单位', 2021],
      ['全省铁路劳动模范', 2021],
    ]);
  });
});
