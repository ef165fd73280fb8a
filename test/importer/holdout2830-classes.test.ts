// The classes the twenty-eighth and thirtieth held-out batches (test/fixtures/importer/holdout28,
// holdout30) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.recipient.kind]) ?? [];

const report = reportText;

describe('web copies', () => {
  it('a counted heading in bold marks or black brackets alone on its line is a heading, its marks no placeholder', () => {
    const text = [
      '城西小学创建市级文明校园工作总结',
      '　　城西小学现有教职工80人。',
      '**一、强化组织,落实责任**',
      '　　学校成立创建领导小组，每年安排创建经费2万元。',
      '【二、厚植文化，涵养校风】',
      '　　学校建成文化长廊一条。',
      '城西小学',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '一、强化组织，落实责任'],
      [1, '二、厚植文化，涵养校风'],
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'placeholder')).toEqual([]);
  });

  it('a table of contents at the top of a PDF (目录, entries with dot leaders and a page) is page debris, no heading', () => {
    const text = [
      '北塘区档案馆',
      '创建市级文明单位工作汇报',
      '目 录',
      '一、单位概况……………………………………1',
      '二、主要措施……………………………………2',
      '　　（一）阵地建设…………………………………2',
      '三、今后打算……………………………………4',
      '一、单位概况',
      '　　档案馆现有职工32人，党员15名。',
      '二、主要措施',
      '　　馆里每年安排创建经费3万元。',
      '三、今后打算',
      '　　巩固创建成果。',
      '北塘区档案馆',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '一、单位概况'],
      [1, '二、主要措施'],
      [1, '三、今后打算'],
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'artifact' && w.line >= 3 && w.line <= 7).map((w) => w.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('a 公众号 post’s ornaments (a line of emoji, the series label, the list of earlier posts) are debris, and the 落款 dates it', () => {
    const text = [
      '▶ 文明创建进行时｜第5期',
      '南湖水厂创建市级文明单位工作汇报',
      '原创 南湖水厂 2023-05-06 18:20 发表于江西',
      '🌟🌟🌟',
      '　　水厂现有职工120人，党员36名。',
      '一、强化组织领导',
      '　　水厂每年安排创建经费5万元。',
      '南湖水厂',
      '2023年4月',
      '💧 💧 💧',
      '▶ 往期回顾',
      '▶ 好消息！水厂获评市级“青年文明号”',
      '▶ 水厂开展“世界水日”宣传活动',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([[1, '一、强化组织领导']]);
    expect(d?.date?.iso).toBe('2023-04');
    const removed = new Set(d?.warnings.filter((w) => w.kind === 'artifact').map((w) => w.line));
    for (const line of [1, 4, 10, 11, 12, 13]) expect(removed).toContain(line);
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

describe('headings', () => {
  it('a part’s title written as a phrase of four and one of three with a space between is one heading', () => {
    const [d] = importText(
      report('东山县气象局创建市级文明单位工作汇报', [
        '局里现有职工40人。',
        '第一部分 党建引领 聚合力',
        '局党组把创建写入年度工作要点。',
        '第二部分 服务为民 暖人心',
        '全年发布预警信息120条。',
      ]),
    );
    expect(outline(d)).toEqual([
      [1, '第一部分 党建引领 聚合力'],
      [1, '第二部分 服务为民 暖人心'],
    ]);
  });

  it('the text after a heading split off its line at a space, going on into the next line, is no heading', () => {
    const text = [
      '西林县档案馆创建市级文明单位工作汇报',
      '第一部分 单位概况 西林县档案馆于1958年6月正式建',
      '馆，现有在编职工三十二人，党员十五名，内设科室五个，馆',
      '藏档案十二万卷，资料三万册，年接待查档群众四千余人次，',
      '是全县唯一的综合档案馆。二〇二〇年被命名为县级文明单位',
      '。',
      '第二部分 主要做法',
      '一、强化组织。馆里每年安排创建经费3万元，建成道德讲堂一',
      '处，开展志愿服务活动二十余次，全馆职工参与率达百分之百。',
      '西林县档案馆',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '第一部分 单位概况'],
      [1, '第二部分 主要做法'],
      [2, '一、强化组织。'],
    ]);
  });
});

describe('honors', () => {
  it('a bulleted entry with its year, a comma and the honor is an honor of that year', () => {
    const text = [
      '北山县气象台创建市级文明单位工作汇报',
      '一、所获荣誉',
      '　　近年来，台里获得的主要荣誉有：',
      '■ 2019年，全省气象服务先进集体；',
      '■ 2021年，北山市“青年文明号”。',
      '北山县气象台',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(honors(d)).toEqual(
      expect.arrayContaining([
        [2019, '全省气象服务先进集体', '省级', 'unit'],
        [2021, '北山市“青年文明号”', '市级', 'unit'],
      ]),
    );
  });

  it('an emoji after a sentence’s end ends it: it never starts the next paragraph’s subject', () => {
    const [d] = importText(
      report('南湖港务公司创建市级文明单位工作汇报', ['一、基本情况', '“晨光”装卸班组推行标准化作业。🚢', '调度中心被市总工会评为“工人先锋号”（2022年）。']),
    );
    expect(d?.honors.map((h) => h.recipient.name ?? '').join('')).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(d?.honors.map((h) => h.recipient)).toContainEqual({ kind: 'subordinate', name: '调度中心' });
  });

  it('a rating given by a ministry of the State Council is national', () => {
    const [d] = importText(
      report('北湖县疾病预防控制中心创建市级文明单位工作汇报', [
        '一、基本情况',
        '中心2021年被民政部评定为“全国示范性养老服务机构”，2022年被教育部认定为“健康教育基地”。',
      ]),
    );
    expect(honors(d)).toContainEqual([2022, '健康教育基地', '全国', 'unit']);
  });

  it('a society, an association or a body and its verb before the quotes is no part of the title, and gives its level', () => {
    const [d] = importText(
      report('东川县文化馆创建市级文明单位工作汇报', [
        '一、基本情况',
        '文化馆先后荣获中国群众文化学会“优秀群文品牌”（2019年）、省摄影家协会“创作基地”（2021年）、被全国妇联授予“巾帼文明岗”（2022年）。',
      ]),
    );
    expect(honors(d)).toEqual(
      expect.arrayContaining([
        [2019, '优秀群文品牌', '全国', 'unit'],
        [2021, '创作基地', '省级', 'unit'],
        [2022, '巾帼文明岗', '全国', 'unit'],
      ]),
    );
  });
});

describe('money', () => {
  it('a part of a yearly sum of the same kind recurs with it', () => {
    const [d] = importText(
      report('南江县水文站创建市级文明单位工作汇报', ['一、强化保障', '站里每年安排创建工作经费12万元，其中5万元用于职工书屋和道德讲堂建设。']),
    );
    expect(d?.amounts.map((a) => [a.text, a.kind, a.period])).toContainEqual(['5万元', '创建经费', '每年']);
  });
});
