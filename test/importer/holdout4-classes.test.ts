// The classes the fourth held-out batch (test/fixtures/importer/holdout4) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { reconstructLines } from '../../src/importer/lossless';
import { toSourceLines } from '../../src/importer/decode';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const warnings = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind).map((w) => w.line) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.yearEnd, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null]) ?? [];

describe('a part counter alone on its line, its title on the next', () => {
  const text = [
    '柳林街道创建市级文明街道工作汇报',
    '第一部分',
    '主要措施',
    '一、抓好班子建设',
    '街道党工委每季度专题研究一次创建工作，形成了一级抓一级的责任链条。',
    '第二部分',
    '今后努力方向',
    '街道将继续巩固创建成果，推动创建工作常态长效。',
  ].join('\n');
  const [doc] = importText(text);

  it('is one heading at the top depth, counter and title joined by a full-width space', () => {
    expect(headings(doc)).toEqual(['第一部分　主要措施', '一、抓好班子建设', '第二部分　今后努力方向']);
    expect(doc?.sections.map((s) => [s.depth, s.title])).toEqual([
      [1, '第一部分　主要措施'],
      [1, '第二部分　今后努力方向'],
    ]);
  });

  it('is lossless', () => {
    const rebuilt = reconstructLines(importText(text));
    for (const l of toSourceLines(text)) expect(rebuilt.get(l.line) ?? '').toBe(l.text);
  });

  it('keeps the run-in form working', () => {
    const [d] = importText(['城关小学创建文明校园汇报', '第一部分　学校概况', '城关小学创办于1958年，现有学生900人。'].join('\n'));
    expect(headings(d)).toEqual(['第一部分　学校概况']);
  });
});

describe('honors of bodies under the unit', () => {
  it('credits a village’s 文明村 to the village, a title of its own and not the town’s step', () => {
    const [doc] = importText(['红岩镇创建省级文明镇工作汇报', '　　2018年，我镇被命名为县级文明乡镇。2021年，红岩镇下坝村被评为省级文明村。'].join('\n'));
    expect(honors(doc)).toEqual([
      ['文明乡镇', 'title', 2018, null, { kind: 'unit' }, 'title'],
      ['文明村', 'title', 2021, null, { kind: 'subordinate', name: '下坝村' }, 'title'],
    ]);
  });

  it('credits a window named at the start of the sentence, and keeps a bracketed year range out of the title', () => {
    const [doc] = importText(
      [
        '安平县税务局创建文明单位工作汇报',
        '　　县行政审批中心税务窗口坚持首问负责，全年共办理涉税业务1.2万件，连续两年被县行政审批中心评为“服务标兵窗口”（2021—2022年）。',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([['服务标兵窗口', 'honor', 2021, 2022, { kind: 'subordinate', name: '县行政审批中心税务窗口' }, 'title']]);
  });

  it('credits a volunteer team named in the sentence before a dated clause', () => {
    const [doc] = importText(['兴华社区创建文明社区工作汇报', '　　社区“银发先锋”巡逻队常年开展夜间巡逻，2022年被评为区级“平安建设先进集体”。'].join('\n'));
    expect(honors(doc)).toEqual([['区级“平安建设先进集体”', 'honor', 2022, null, { kind: 'subordinate', name: '“银发先锋”巡逻队' }, 'title']]);
  });

  it('does not read a goal (把…建设成为…) as an honor', () => {
    const [doc] = importText(['南湖社区创建工作总结', '　　下一步，我们将努力把南湖社区打造成为群众满意的和谐家园。'].join('\n'));
    expect(honors(doc)).toEqual([]);
  });
});

describe('honors of people named after a post or job, or anonymised', () => {
  const [doc] = importText(
    [
      '东川县档案馆创建文明单位工作汇报',
      '　　档案员＊＊＊被评为“全市档案系统先进工作者”。护林员石永福坚守林区二十年，被评为“全省最美护林员”。',
      '　　退休职工杜秀英荣登“湖北好人榜”（2022年）。',
    ].join('\n'),
  );

  it('credits the person, with the name and without the post', () => {
    expect(doc?.honors.map((h) => [h.title, h.recipient])).toEqual([
      ['全市档案系统先进工作者', { kind: 'individual', name: '＊＊＊' }],
      ['全省最美护林员', { kind: 'individual', name: '石永福' }],
      ['湖北好人榜', { kind: 'individual', name: '杜秀英' }],
    ]);
  });
});

describe('通报表扬', () => {
  const [doc] = importText(
    ['青山镇创建文明乡镇工作汇报', '　　2020年防汛抢险中，镇党委受到市委、市政府通报表扬，镇水利站站长何建军同志受到县政府通报表扬。'].join('\n'),
  );

  it('is a commendation, not an honor, credited to whoever received it', () => {
    expect(doc?.honors.map((h) => [h.title, h.year, h.recipient, h.category])).toEqual([
      ['通报表扬', 2020, { kind: 'unit' }, 'commendation'],
      ['通报表扬', 2020, { kind: 'individual', name: '何建军' }, 'commendation'],
    ]);
  });
});

describe('kinds of money', () => {
  it('files the upkeep of roads (养护) as public works, about-amounts too', () => {
    const [doc] = importText(['城南公路站创建文明单位工作汇报', '　　站里全年投入日常养护经费约35万元，辖区路段优良率达到90%。'].join('\n'));
    expect(amounts(doc)).toEqual([['约35万元', '基础设施与民生', null, null]]);
  });

  it('gives the parts of an aid whole listed as its funds the whole’s kind', () => {
    const [doc] = importText(
      ['长河电力公司创建文明单位工作汇报', '　　公司结对帮扶石桥村，累计投入帮扶资金28万元，其中安全饮水资金20万元、文化广场建设资金8万元。'].join('\n'),
    );
    expect(amounts(doc)).toEqual([
      ['28万元', '帮扶资金', null, null],
      ['20万元', '帮扶资金', null, '28万元'],
      ['8万元', '帮扶资金', null, '28万元'],
    ]);
  });

  it('keeps a part told as spending on works as works', () => {
    const [doc] = importText(
      ['长河电力公司创建文明单位工作汇报', '　　公司投入帮扶资金共计28万元，其中修建村组道路投入20万元，资助贫困学生8万元。'].join('\n'),
    );
    expect(amounts(doc)).toEqual([
      ['28万元', '帮扶资金', null, null],
      ['20万元', '基础设施与民生', null, '28万元'],
      ['8万元', '帮扶资金', null, '28万元'],
    ]);
  });

  it('gives a whole with no kind of its own the kind all its parts share', () => {
    const [doc] = importText(['白水乡创建文明乡镇工作汇报', '　　两年来全乡共投入资金530万元，其中新建村级活动场所300万元、改造乡村公路230万元。'].join('\n'));
    expect(amounts(doc)).toEqual([
      ['530万元', '基础设施与民生', null, null],
      ['300万元', '基础设施与民生', null, '530万元'],
      ['230万元', '基础设施与民生', null, '530万元'],
    ]);
  });

  it('files what the staff pay in every month as their donations', () => {
    const [doc] = importText(['北关街道创建文明街道工作汇报', '　　街道全体职工每人每月交纳“暖心基金”30元，用于救助辖区困难群众。'].join('\n'));
    expect(amounts(doc)).toEqual([['30元', '捐款捐物', '每人每月', null]]);
  });

  it('reads money for low-income households as aid, at its per-household rate', () => {
    const [doc] = importText(['新河镇创建文明乡镇工作汇报', '　　镇里为全镇93户低收入家庭每户每年发放临时救助金800元。'].join('\n'));
    expect(amounts(doc)).toEqual([['800元', '帮扶资金', '每户每年', null]]);
  });
});

describe('numbers stripped after a verb and its object', () => {
  const [doc] = importText(
    [
      '平川县文化馆创建文明单位工作汇报',
      '　　全年举办公益培训班期，受理群众咨询件。',
      '　　新建农家书屋个，新修文化步道公里。',
      '　　馆里依法办理各类案件，在疫情时期坚持开放，整个馆区保持整洁。',
    ].join('\n'),
  );

  it('warns on each line where a count lost its number', () => {
    expect(warnings(doc, 'missing-number')).toEqual([2, 2, 3, 3]);
  });
});

describe('a named 低保 or 特困 recipient followed by what was done for them', () => {
  const [doc] = importText(['西街社区创建工作总结', '　　社区为特困人员郑春兰办理了医疗救助，还帮助困难户解决了取暖问题。'].join('\n'));

  it('is personal data', () => {
    expect(doc?.warnings.filter((w) => w.kind === 'pii').map((w) => w.text)).toEqual(['郑春兰']);
  });
});
