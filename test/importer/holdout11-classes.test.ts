// The classes the eleventh held-out batch (test/fixtures/importer/holdout11) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline } from './helpers';

const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period, a.partOf ?? null]) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const report = (...body: string[]) => importText(['南屏县林业局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

describe('an honor with the document that conferred it', () => {
  it('leaves the document number and 称号 out of the title', () => {
    expect(honors(report('2020年5月，局里被省林业厅授予“全省森林防火先进单位”称号（林防〔2020〕31号）。'))).toEqual([
      ['全省森林防火先进单位', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('leaves the awarding body before the quotes out of the title', () => {
    expect(honors(report('护林员吴德海被评为县委“优秀共产党员”。'))).toEqual([
      ['优秀共产党员', 'honor', 'undated', null, { kind: 'individual', name: '吴德海' }, 'title'],
    ]);
  });
});

describe('今年 in a year-end summary', () => {
  it('is the year summarised when the summary is dated early the next year', () => {
    const [d] = importText(
      ['南屏县林场2020年度工作总结', '一、主要工作', '今年，林场被市林业局评为“森林防火先进集体”。', '南屏县林场', '2021年1月8日'].join('\n'),
    );
    expect(honors(d)).toEqual([['森林防火先进集体', 'honor', 2020, '市级', { kind: 'unit' }, 'title']]);
  });
});

describe('recipients', () => {
  it('reads a choir and a 供销社 as bodies under the unit', () => {
    expect(honors(report('林场职工合唱团获评县级“优秀业余文艺团队”，北山供销社被评为“全县供销系统先进集体”。'))).toEqual([
      ['县级“优秀业余文艺团队”', 'honor', 'undated', '县级', { kind: 'subordinate', name: '林场职工合唱团' }, 'title'],
      ['全县供销系统先进集体', 'honor', 'undated', '县级', { kind: 'subordinate', name: '北山供销社' }, 'title'],
    ]);
  });

  it('reads a bracket with a year and a body as who earned the item', () => {
    expect(honors(report('局里先后获得“全国绿化模范单位”（20xx年，东岭护林站）、“省级生态文明教育基地”（2019年）等荣誉。'))).toEqual([
      ['全国绿化模范单位', 'honor', 'undated', '全国', { kind: 'subordinate', name: '东岭护林站' }, 'title'],
      ['省级生态文明教育基地', 'honor', 2019, '省级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('reads a 窗口 named with quotes in it as a body', () => {
    expect(honors(report('局政务服务中心“林权一件事”办理窗口被评为市级“巾帼文明岗”。'))).toEqual([
      ['市级“巾帼文明岗”', 'honor', 'undated', '市级', { kind: 'subordinate', name: '政务服务中心“林权一件事”办理窗口' }, 'title'],
    ]);
  });

  it('reads a person named in the clause before the verb, not the sentence’s first body', () => {
    expect(honors(report('护林站巡山班荣获“全省青年文明号”，护林员龙春生坚守林区三十年，被评为“全省林业系统劳动模范”。'))).toEqual([
      ['全省青年文明号', 'honor', 'undated', '省级', { kind: 'subordinate', name: '护林站巡山班' }, 'title'],
      ['全省林业系统劳动模范', 'honor', 'undated', '省级', { kind: 'individual', name: '龙春生' }, 'title'],
    ]);
  });
});

describe('sections', () => {
  it('splits a 第X部分 title run into text that opens with a date', () => {
    const [d] = importText(['南屏县林业局创建文明单位工作汇报', '第二部分　主要成效2021年8月，局里被省林业厅评为“全省林业宣传先进单位”。'].join('\n'));
    expect(outline(d)).toEqual([[1, '第二部分　主要成效']]);
    expect(honors(d)).toEqual([['全省林业宣传先进单位', 'honor', 2021, '省级', { kind: 'unit' }, 'title']]);
  });

  it('reads a table whose cells are one space apart as a table, not headings', () => {
    const [d] = importText(
      [
        '南屏县林业局创建文明单位工作汇报',
        '一、主要成效',
        '近三年造林情况如下。',
        '表2　近三年造林情况',
        '年份 造林面积 封山育林面积 苗木成活率 森林覆盖率',
        '2020 1.2万亩 3.1万亩 95.2% 61.3%',
        '2021 1.5万亩 3.4万亩 96.1% 62.0%',
        '2022 1.8万亩 3.9万亩 97.4% 62.8%',
        '二、下步打算',
        '局里将继续加强造林绿化，巩固创建成果。',
      ].join('\n'),
    );
    expect(outline(d)).toEqual([
      [1, '一、主要成效'],
      [1, '二、下步打算'],
    ]);
  });

  it('reads a heading whose title opens with a year', () => {
    const [d] = importText(['南屏县林业局2022年工作总结', '一、主要工作', '完成造林任务。', '二、2023年工作思路', '继续加强造林。'].join('\n'));
    expect(outline(d)).toEqual([
      [1, '一、主要工作'],
      [1, '二、2023年工作思路'],
    ]);
  });

  it('puts a 1. heading right under its 一、 when that part has no （一）', () => {
    const [d] = importText(
      [
        '南屏县林业局创建文明单位工作汇报',
        '一、组织领导',
        '（一）健全机制',
        '局里成立由局长任组长的创建工作领导小组，定期研究创建工作。',
        '二、主要做法',
        '1.强化宣传',
        '局里每季度开展森林防火宣传进村入户活动，发放资料三千余份。',
        '2.严格管护',
        '局里组织护林员每日巡山，全年未发生森林火灾。',
      ].join('\n'),
    );
    expect(outline(d)).toEqual([
      [1, '一、组织领导'],
      [2, '（一）健全机制'],
      [1, '二、主要做法'],
      [2, '1.强化宣传'],
      [2, '2.严格管护'],
    ]);
  });
});

describe('money', () => {
  it('keeps 约 after 折合', () => {
    expect(amounts(report('林区群众捐赠树苗和农具折合约12万元。'))).toEqual([['约12万元', 'about', '捐款捐物', null, null]]);
  });

  it('reads a reward to the bodies that win a title as creation money', () => {
    expect(amounts(report('局里对获评“文明单位”的林场一次性奖励2万元。'))).toEqual([['2万元', 'exact', '创建经费', null, null]]);
  });

  it('reads a part named as a subsidy as one of the whole’s funds', () => {
    expect(amounts(report('局里结对帮扶石岭村，投入帮扶资金共计22万元，其中林下种植资金14万元、危房修缮补助8万元。'))).toEqual([
      ['22万元', 'exact', '帮扶资金', null, null],
      ['14万元', 'exact', '帮扶资金', null, '22万元'],
      ['8万元', 'exact', '帮扶资金', null, '22万元'],
    ]);
  });

  it('reads an allowance paid to the unit’s own staff as 其他, not what the clause before it built', () => {
    expect(amounts(report('局里投入15万元改造护林站宿舍，为一线护林员每人每月发放山区补贴400元。'))).toEqual([
      ['15万元', 'exact', '基础设施与民生', null, null],
      ['400元', 'exact', '其他', '每人每月', null],
    ]);
  });
});
