// The classes the thirty-fourth and thirty-sixth held-out batches (test/fixtures/importer/holdout34,
// holdout36) showed the importer getting wrong, each on text written for this test (not the batches'
// own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.recipient.kind, h.recipient.name ?? null]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period ?? null, a.partOf ?? null]) ?? [];
const warned = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind).map((w) => w.line) ?? [];

describe('honors tables', () => {
  it('an issuing company of a province or a county (省烟草公司, 县自来水公司) gives the level', () => {
    const [d] = importText(
      reportText('城关烟草站创建文明单位工作汇报', [
        '一、所获荣誉',
        '年份　　荣誉名称　　　　　　授予单位',
        '2020　　优质服务先进单位　　省烟草公司',
        '2022　　节水先进集体　　　　县自来水公司',
        '二、下步打算',
        '继续做好服务。',
      ]),
    );
    expect(honors(d)).toEqual([
      [2020, '优质服务先进单位', '省级', 'unit', null],
      [2022, '节水先进集体', '县级', 'unit', null],
    ]);
  });
});

describe('a WeChat article', () => {
  it('with follow buttons glued on one line (长按二维码识别欢迎关注), keeps its 落款 date, not the posting line’s', () => {
    const [d] = importText(
      [
        '南湖社区创建文明社区工作汇报',
        '原创 南湖社区 2024-02-21 09:15 发表于湖南',
        '　　南湖社区现有居民2100户，社区党委下设4个党支部。',
        '　　一年来，社区开展志愿服务活动46场次。',
        '南湖社区居民委员会',
        '2024年2月',
        '- END -',
        '长按二维码识别欢迎关注',
        '阅读 836',
      ].join('\n'),
    );
    expect(d?.date?.iso).toBe('2024-02');
    expect(d?.removals.map((r) => r.line)).toContain(8);
    expect(warned(d, 'truncated')).toEqual([]);
  });
});

describe('not an honor', () => {
  it('a title the unit aims at, told as its task (始终把创建…文明单位当作…) after an honor, is no step', () => {
    const [d] = importText(
      reportText('城北水务站创建文明单位工作汇报', ['水务站2019年被市委、市政府命名为市级文明单位以来，始终把创建省级文明单位当作头等大事来抓。']),
    );
    expect(honors(d)).toEqual([[2019, '文明单位', '市级', 'unit', null]]);
  });
});

describe('honors in a list, each with its granting body', () => {
  it('drop the body and 授予的 from every title, not only the first', () => {
    const [d] = importText(
      reportText('河口供水公司创建文明单位工作汇报', [
        '公司先后获得省住建厅授予的“节水型企业”（2018年）、省总工会授予的“模范职工之家”（2020年）、团省委授予的“青年安全生产示范岗”（2022年）等荣誉。',
      ]),
    );
    expect(honors(d).map(([y, t, l]) => [y, t, l])).toEqual([
      [2018, '节水型企业', '省级'],
      [2020, '模范职工之家', '省级'],
      [2022, '青年安全生产示范岗', '省级'],
    ]);
  });
});

describe('who holds an honor', () => {
  it('a shift of a plant (检修三值) is a body under the unit', () => {
    const [d] = importText(reportText('青石水电厂创建文明单位工作汇报', ['检修三值荣获“省级工人先锋号”称号。']));
    expect(honors(d)).toEqual([['undated', '省级工人先锋号', '省级', 'subordinate', '检修三值']]);
  });

  it('a person named after a shift leader’s post (值长) holds the honor by name', () => {
    const [d] = importText(reportText('青石水电厂创建文明单位工作汇报', ['当班值长陈立新被评为“全省电力系统优秀共产党员”。']));
    expect(honors(d)).toEqual([['undated', '全省电力系统优秀共产党员', '省级', 'individual', '陈立新']]);
  });

  it('a pupil’s work that wins a prize is the pupil’s (学生…的作品获…奖)', () => {
    const [d] = importText(reportText('城南小学创建文明校园工作汇报', ['2023年，学生赵雨桐的剪纸作品获全市青少年科技创新大赛二等奖。']));
    expect(honors(d)).toEqual([[2023, '全市青少年科技创新大赛二等奖', '市级', 'individual', '赵雨桐']]);
  });

  it('a 妇联 named short in its own report (区妇联 for XX区妇女联合会) is the unit, a 镇妇联 a body under it', () => {
    const [d] = importText(
      reportText(
        'XX区妇女联合会创建文明单位工作总结',
        ['区妇联被全国妇联授予“全国维护妇女儿童权益先进集体”称号；XX街道妇联被评为“全省巾帼建功先进集体”。'],
        'XX区妇女联合会',
      ),
    );
    expect(honors(d).map(([, t, , k, n]) => [t, k, n])).toEqual([
      ['全国维护妇女儿童权益先进集体', 'unit', null],
      ['全省巾帼建功先进集体', 'subordinate', 'XX街道妇联'],
    ]);
  });
});

describe('money', () => {
  it('a per-household rate paid to households as a reward or subsidy (按照每户每年…的标准发放…) is aid', () => {
    const [d] = importText(reportText('青石水电厂创建文明单位工作汇报', ['对村里养蜂的农户，按照每户每年600元的标准发放养殖补贴。']));
    expect(amounts(d)).toEqual([['600元', '帮扶资金', '每户每年', null]]);
  });

  it('a part of a sum won from above keeps its kind, though its name says 扶贫', () => {
    const [d] = importText(
      reportText('桃源社区创建文明社区工作汇报', ['社区争取上级项目资金共计600万元，其中扶贫产业园建设资金450万元，文化广场建设资金150万元。']),
    );
    expect(amounts(d)).toEqual([
      ['600万元', '争取项目', null, null],
      ['450万元', '争取项目', null, '600万元'],
      ['150万元', '争取项目', null, '600万元'],
    ]);
  });
});

describe('warnings', () => {
  it('a single X before a count word (X所学校) is a placeholder', () => {
    const [d] = importText(reportText('XX街道创建文明单位工作汇报', ['辖区内X所学校参加了共建活动。']));
    expect(warned(d, 'placeholder')).toEqual([1, 2]);
  });

  it('约万元 after a noun (节约开支约万元) and 万元 after a quoted name (发放“助业贷”万元) are missing numbers', () => {
    const [d] = importText(
      reportText('城东社区创建文明社区工作汇报', ['社区推行红白事简办，为居民减少开支约万元。', '协调银行发放“助业贷”万元，扶持创业青年36人。']),
    );
    expect(warned(d, 'missing-number')).toEqual([2, 3]);
  });
});
