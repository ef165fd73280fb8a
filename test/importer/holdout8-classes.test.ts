// The classes the eighth held-out batch (test/fixtures/importer/holdout8) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const removed = (d: AnalyzedDocument | undefined) => d?.warnings.filter((w) => w.kind === 'artifact').map((w) => w.line) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

describe('web debris', () => {
  it('removes a government site’s footer and the prompt to open the page on a phone, and keeps the signature’s date', () => {
    const [doc] = importText(
      [
        '丰源县中医医院创建县级文明单位工作总结',
        '发布日期：2024-01-22 09:10　　信息来源：县卫健局　　点击量：877',
        '　　丰源县中医医院现有职工240人，2021年被命名为县级文明单位。',
        '一、抓好组织保障',
        '　　医院成立创建工作领导小组，制定年度创建计划，每季度召开一次推进会。',
        '丰源县中医医院',
        '2024年1月15日',
        '扫一扫在手机上浏览',
        '主办：丰源县人民政府　　技术支持：某某科技公司　　备案号：湘ICP备05012345号',
      ].join('\n'),
    );
    expect(removed(doc)).toEqual(expect.arrayContaining([2, 8, 9]));
    expect(doc?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
    expect(doc?.date?.iso).toBe('2024-01-15');
  });

  it('removes a WeChat article’s end mark and its read counts, and a bare domain glued after a sentence', () => {
    const [doc] = importText(
      [
        '青禾县人民医院创建市级文明单位工作汇报',
        '　　医院现有职工318人，2020年被命名为县级文明单位。',
        '一、优化服务流程',
        '　　医院推行预约诊疗和延时门诊，全年接诊门诊病人23.2万人次。wenmiwang.cn',
        '青禾县人民医院',
        '2023年9月',
        '—THE END—',
        '阅读 10万+　　在看 56',
      ].join('\n'),
    );
    expect(removed(doc)).toEqual(expect.arrayContaining([7, 8]));
    expect(doc?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
    expect(doc?.blocks.map((b) => b.piece.text).join('\n')).not.toContain('wenmiwang');
    expect(doc?.date?.iso).toBe('2023-09');
  });
});

describe('an honors list one per line with the year first', () => {
  const [doc] = importText(
    [
      '青川县公安局交通警察大队创建市级文明单位工作总结',
      '　　青川县公安局交通警察大队现有民警42名，2018年被命名为县级文明单位。',
      '　　一、强化队伍建设',
      '　　大队坚持每周开展一次政治理论学习，全年组织业务培训12期。',
      '　　二、所获荣誉',
      '　　多年来，大队取得的主要荣誉有：',
      '　　2017年　全省公安交警系统“示范车管所”',
      '　　2019年　全市公安机关集体二等功',
      '　　2021年　青川县综合治理先进集体',
      '　　事故处理中队民警孙立新荣立个人三等功2次，2020年被评为“四川省优秀人民警察”。',
      '青川县公安局交通警察大队',
      '2023年5月',
    ].join('\n'),
  );

  it('reads each line as the unit’s honor, a collective 二等功 as an award, and the person’s own honors as his', () => {
    expect(honors(doc)).toEqual([
      ['文明单位', 'title', 2018, '县级', { kind: 'unit' }, 'title'],
      ['全省公安交警系统“示范车管所”', 'honor', 2017, '省级', { kind: 'unit' }, 'title'],
      ['全市公安机关集体二等功', 'honor', 2019, '市级', { kind: 'unit' }, 'award'],
      ['青川县综合治理先进集体', 'honor', 2021, '县级', { kind: 'unit' }, 'title'],
      ['个人三等功', 'honor', 'undated', null, { kind: 'individual', name: '孙立新' }, 'award'],
      ['四川省优秀人民警察', 'honor', 2020, '省级', { kind: 'individual', name: '孙立新' }, 'title'],
    ]);
  });
});

describe('titles and their holders', () => {
  it('reads a place before the level (遵义市级文明单位) as a step of the title at that level', () => {
    const [doc] = importText(
      [
        '遵义县农商银行城南支行创建省级文明单位工作汇报',
        '　　城南支行现有员工36人，2017年被评为遵义市级文明单位，2020年通过复查。',
        '城南支行',
        '2023年6月',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['文明单位', 'title', 2017, '市级', { kind: 'unit' }, 'title'],
      ['文明单位', 'title', 2020, '市级', { kind: 'unit' }, 'title'],
    ]);
  });
});

describe('recipients and tables', () => {
  it('credits a body named in quotes to that body', () => {
    const [doc] = importText(
      ['金沙社区居民委员会创建市级文明社区工作总结', '　　2022年，社区“夕阳红志愿服务队”被评为全区优秀志愿服务团队。', '金沙社区居民委员会', '2023年2月'].join(
        '\n',
      ),
    );
    expect(honors(doc)).toEqual([['全区优秀志愿服务团队', 'honor', 2022, '区级', { kind: 'subordinate', name: '夕阳红志愿服务队' }, 'title']]);
  });

  it('counts an honor told in the text and listed again in a table once', () => {
    const [doc] = importText(
      [
        '南屏县实验小学创建市级文明校园工作汇报',
        '　　学校现有教职工96人，2018年被命名为县级文明校园，2020年被评为全省书香校园。',
        '　　学校近年所获荣誉如下：',
        '序号  年份  荣誉名称              授予单位',
        '1     2018  县级文明校园          南屏县文明委',
        '2     2020  全省书香校园          省教育厅',
        '3     2022  全市语言文字示范校    市教育局',
        '南屏县实验小学',
        '2023年5月',
      ].join('\n'),
    );
    expect(doc?.honors.map((h) => `${String(h.year)} ${h.title}`)).toEqual(['2018 文明校园', '2020 全省书香校园', '2022 全市语言文字示范校']);
  });
});

describe('the unit’s name', () => {
  it('keeps the signature’s name when the title puts the city in front of it', () => {
    const [doc] = importText(
      [
        '青州市临河区西坝街道便民服务中心创建市级文明单位工作汇报',
        '　　西坝街道便民服务中心现有工作人员28人，2020年被命名为区级文明单位。',
        '临河区西坝街道便民服务中心',
        '2023年4月',
      ].join('\n'),
    );
    expect(doc?.unit?.name).toBe('临河区西坝街道便民服务中心');
  });

  it('reads a 林场 or a 农场 as an organisation, in the title and signing the report', () => {
    const [doc] = importText(['松岭县北沟国营农场创建市级文明单位工作总结', '　　农场现有职工120人。', '松岭县北沟国营农场', '2023年10月'].join('\n'));
    expect(doc?.unit?.name).toBe('松岭县北沟国营农场');
    expect(doc?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
    expect(doc?.date?.iso).toBe('2023-10');
  });

  it('reads 入选…名单 as an honor, without the list', () => {
    const [doc] = importText(
      ['河口县人民医院创建市级文明单位工作汇报', '　　2022年，医院入选全国“改善就医感受提升患者体验”典型案例名单。', '河口县人民医院', '2023年4月'].join('\n'),
    );
    expect(honors(doc)).toEqual([['全国“改善就医感受提升患者体验”典型案例', 'honor', 2022, '全国', { kind: 'unit' }, 'title']]);
  });
});

describe('同年', () => {
  it('dates an honor written 同年 with the year written before it', () => {
    const [doc] = importText(
      [
        '石桥镇人民政府创建市级文明单位工作汇报',
        '　　2020年，石桥镇被县委、县政府表彰为全县农村人居环境整治先进乡镇。同年，镇党委副书记李明华被表彰为全县优秀共产党员。',
        '石桥镇人民政府',
        '2023年3月',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['全县农村人居环境整治先进乡镇', 'honor', 2020, '县级', { kind: 'unit' }, 'title'],
      ['全县优秀共产党员', 'honor', 2020, '县级', { kind: 'individual', name: '李明华' }, 'title'],
    ]);
  });
});

describe('money', () => {
  it('reads aid per person and per year written apart, the campaign’s monthly budget, utilities built, an allowance to villagers in public posts, aid funds won', () => {
    const [doc] = importText(
      [
        '白河县公路管理段创建市级文明单位工作汇报',
        '　　白河县公路管理段现有职工63人，2019年被命名为县级文明单位。',
        '一、创建工作开展情况',
        '　　管理段从养护经费中每季度列支4000元用于文明创建活动，完善了宣传阵地建设。',
        '　　管理段投入自有资金28万元，为3个道班通上天然气、建起职工浴室，职工生活条件明显改善。',
        '　　管理段从沿线村庄选聘护路员15名，每人每月发放护路补贴900元；为每名结对的留守儿童每年资助学习费用1,200元；为联系村争取产业扶持资金12万元，发展食用菌种植。',
        '白河县公路管理段',
        '2023年7月',
      ].join('\n'),
    );
    expect(amounts(doc)).toEqual([
      ['4000元', '创建经费', '每季度'],
      ['28万元', '基础设施与民生', null],
      ['900元', '帮扶资金', '每人每月'],
      ['1,200元', '帮扶资金', '每人每年'],
      ['12万元', '争取项目', null],
    ]);
  });
});

describe('missing numbers', () => {
  it('reports a count stripped after 辖 or 下设, after 共 following a quote, and a staff count before a comma', () => {
    const [doc] = importText(
      [
        'XX镇人民政府创建县级文明单位工作汇报',
        '　　XX镇下辖个行政村，镇机关现有干部职工名，下设个办公室。',
        '　　各村开展“文明户”评选，评出“星级文明户”共户。',
        'XX镇人民政府',
        '20XX年X月',
      ].join('\n'),
    );
    const missing = doc?.warnings.filter((w) => w.kind === 'missing-number').map((w) => [w.line, w.text]) ?? [];
    expect(missing.map(([line]) => line)).toEqual([2, 2, 2, 3]);
  });
});

describe('an appendix', () => {
  it('reads 附：… as a heading at the top of the outline', () => {
    const [doc] = importText(
      [
        '东岭县中医医院创建市级文明单位工作汇报',
        '一、加强组织领导',
        '　　医院成立创建工作领导小组，院长任组长。',
        '二、下一步打算',
        '　　医院将对照测评体系，查漏补缺。',
        '附：医院近年所获主要荣誉',
        '　　2019年，医院被评为全市中医药工作先进集体。',
        '东岭县中医医院',
        '2023年6月',
      ].join('\n'),
    );
    expect(doc?.sections.map((s) => [s.depth, s.title])).toEqual([
      [1, '一、加强组织领导'],
      [1, '二、下一步打算'],
      [1, '附：医院近年所获主要荣誉'],
    ]);
  });
});
