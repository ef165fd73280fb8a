// The classes the thirty-second held-out batch (test/fixtures/importer/holdout32) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import { importText, outline, reportText } from './helpers';

describe('a 第X部分 counter alone on its line, its title of two phrases on the next', () => {
  it('is one heading at the top depth', () => {
    const [doc] = importText(
      [
        '城西税务分局创建文明单位工作汇报',
        '',
        '第一部分',
        '夯实思想根基，凝聚队伍合力',
        '　　一、加强学习。分局每月组织集中学习两次，全年开展专题研讨6次。',
        '　　二、严明纪律。修订考勤和请销假制度，每季度通报一次。',
        '',
        '第二部分',
        '优化纳税服务，提升办事体验',
        '　　一、推行预约办理。全年预约办理业务1200余件。',
        '',
        '城西税务分局',
        '2024年3月10日',
      ].join('\n'),
    );
    expect(outline(doc).filter(([, t]) => t.startsWith('第'))).toEqual([
      [1, '第一部分　夯实思想根基，凝聚队伍合力'],
      [1, '第二部分　优化纳税服务，提升办事体验'],
    ]);
  });
});

describe('the unit speaking of itself as 我 and one word (我部, 我委, 我办)', () => {
  it('holds its own honors', () => {
    const [doc] = importText(
      reportText('县委统战部创建文明单位工作汇报', [
        '我部2015年被命名为县级文明单位，2018年被命名为市级文明单位。',
        '近年来，我部先后获得“全省统一战线工作先进集体”（2019年）等荣誉。',
      ]),
    );
    const honors = doc?.honors.map((h) => [h.title, h.recipient.kind]) ?? [];
    expect(honors).toContainEqual(['全省统一战线工作先进集体', 'unit']);
    expect(honors.filter(([, k]) => k !== 'unit')).toEqual([]);
  });
});

describe('a listed honor with several years in its bracket: “A”（2019年、2021年）', () => {
  it('is one honor a year, the title without the bracket', () => {
    const [doc] = importText(
      reportText('城南供电所创建文明单位工作汇报', ['所里先后获得“全省供电服务标杆所”（2018年）、“全市安全生产先进单位”（2019年、2021年、2023年）等荣誉。']),
    );
    const honors = doc?.honors.map((h) => [h.year, h.title]) ?? [];
    expect(honors).toEqual(
      expect.arrayContaining([
        [2019, '全市安全生产先进单位'],
        [2021, '全市安全生产先进单位'],
        [2023, '全市安全生产先进单位'],
      ]),
    );
    expect(honors.filter(([, t]) => String(t).includes('（'))).toEqual([]);
  });
});

describe('money: kinds, rates and caps', () => {
  const amounts = (body: string[]) =>
    importText(reportText('河湾镇人民政府创建文明单位工作汇报', body))[0]?.amounts.map((a) => ({
      text: a.text,
      kind: a.kind,
      period: a.period,
      bound: a.bound,
    })) ?? [];

  it('money handed out per household is aid', () => {
    const got = amounts(['镇里对移民安置户开展产业帮扶。', '每户每年发放种植奖补资金1500元。']);
    expect(got).toContainEqual({ text: '1500元', kind: '帮扶资金', period: '每户每年', bound: 'exact' });
  });

  it('an allowance to 建档立卡 people, its giver named before the rate, is aid', () => {
    const got = amounts(['对建档立卡户中的高龄老人，镇里每人每月发放营养补助80元。']);
    expect(got).toContainEqual({ text: '80元', kind: '帮扶资金', period: '每人每月', bound: 'exact' });
  });

  it('a fund the unit sets up (设立…专项资金) is not money won from above', () => {
    const got = amounts(['镇里设立乡贤回引专项资金每年80万元，吸引在外能人返乡创业。']);
    expect(got.find((a) => a.text === '80万元')?.kind).not.toBe('争取项目');
  });

  it('an insurance cover (保额) is no money spent', () => {
    const got = amounts(['为全镇网格员统一办理人身意外保险，每人保额30万元。']);
    expect(got.find((a) => a.text === '30万元')?.kind).toBeNull();
  });

  it('最高 a few words before a sum caps it', () => {
    const got = amounts(['对因病致贫的农户，镇里每户每年最高补助5000元。']);
    expect(got.find((a) => a.text === '5000元')?.bound).toBe('at-most');
  });
});

describe("a site's name and address alone on a line (a 范文 site crediting itself)", () => {
  it('is web debris, not a heading', () => {
    const text = reportText('城关中学创建文明校园工作汇报', [
      '一、强化管理',
      '学校修订了管理制度12项。',
      '',
      '文库吧 www.wenku8.net 收集整理',
      '二、丰富活动',
      '学校每学期举办读书节。',
    ]);
    const [doc] = importText(text);
    expect(doc?.blocks.some((b) => b.piece.text.includes('wenku8'))).toBe(false);
  });
});

describe("the unit's history after 是 (由原…整体并入)", () => {
  it('is no honor', () => {
    const [doc] = importText(
      reportText('河口镇中心卫生院创建文明单位工作汇报', [
        '河口镇中心卫生院是一所一级甲等卫生院，2018年由原河口镇社区卫生服务站整体并入，现有职工60人。',
        '卫生院2019年被命名为县级文明单位。',
      ]),
    );
    expect(doc?.honors.map((h) => h.title).filter((t) => t.includes('并入'))).toEqual([]);
  });
});

describe('equipment put in with its number stripped (购置…台)', () => {
  it('is flagged as a missing number', () => {
    const [doc] = importText(reportText('城北社区创建文明社区工作汇报', ['社区争取改造资金120万元，购置健身器材台，新建文化舞台1座。']));
    const missing = doc?.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.hint) ?? [];
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('健身器材台');
  });
});

describe('a 社区居民委员会 titled with its city, district and 街道, signed with its short name', () => {
  it('is named without the city, with its district and 街道', () => {
    const text = [
      '江州市北湖区文昌街道桂花社区居民委员会',
      '创建文明社区工作汇报',
      '　　社区现有居民2100户，2020年被命名为区级文明社区。',
      '',
      '桂花社区居民委员会',
      '2024年3月10日',
    ].join('\n');
    const [doc] = importText(text);
    expect(doc?.unit?.name).toBe('北湖区文昌街道桂花社区居民委员会');
  });
});
