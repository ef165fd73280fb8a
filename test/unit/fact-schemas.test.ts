// The content model of facts: money kinds and rates, parts, honor recipients and categories,
// staff measures and quotes, with messages that say what to write.
import { describe, expect, it } from 'vitest';
import { unitSchema } from '../../src/schemas/unit';

const schema = unitSchema;
const base = { name: '测试镇党政机关', shortName: '测试镇', kind: '党政机关', region: ['四川省'] };
const parse = (extra: Record<string, unknown>) => schema.safeParse({ ...base, ...extra });
const messages = (extra: Record<string, unknown>) => {
  const result = parse(extra);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('investments', () => {
  it('require a kind, and say which kinds there are', () => {
    const [message] = messages({ investments: [{ item: '创建经费', amount: '4万多元' }] });
    expect(message).toMatch(/^investments\.0\.kind: 必填：资金类别 kind/);
    expect(message).toContain('创建经费、基础设施与民生、争取项目、捐款捐物、帮扶资金、其他');
  });

  it('are one-off (period null) unless a period is written', () => {
    const result = parse({
      investments: [
        { item: '经费', amount: '4万多元', kind: '创建经费' },
        { item: '聘请专职人员', amount: '300元', kind: '其他', period: '每月' },
      ],
    });
    expect(result.success).toBe(true);
    expect(result.data?.investments.map((i) => i.period)).toEqual([null, '每月']);
    expect(messages({ investments: [{ item: '工资', amount: '300元', kind: '其他', period: '每周' }] })[0]).toMatch(/周期应为以下之一/);
  });

  it('name the amount they are part of by its id, which must exist', () => {
    const whole = { id: 'bang-fu', item: '帮扶资金', amount: '12万多元', kind: '帮扶资金' };
    expect(parse({ investments: [whole, { item: '捐资', amount: '3万元', kind: '帮扶资金', partOf: 'bang-fu' }] }).success).toBe(true);
    const [message] = messages({ investments: [whole, { item: '捐资', amount: '3万元', kind: '帮扶资金', partOf: 'bang-fou' }] });
    expect(message).toBe('investments.1.partOf: 找不到 id 为 "bang-fou" 的另一笔金额：可用的有 bang-fu');
    expect(messages({ investments: [whole, { ...whole, item: '又一笔' }] })[0]).toMatch(/investments\.1\.id: id "bang-fu" 已被前面的一项使用/);
  });
});

describe('honors', () => {
  it('belong to the unit unless a recipient is written, and take their category from the title', () => {
    const result = parse({
      honors: [
        { year: 2004, title: '财政税收工作一等奖' },
        { year: 'undated', title: '锦旗两面', recipient: { kind: 'subordinate', name: '窗口' } },
        { year: 2009, title: '市级“人居环境治理试点村庄”', recipient: { kind: 'subordinate', name: '王庄村' } },
        { year: 2010, title: '优秀教师', recipient: { kind: 'individual', name: '张老师' }, category: 'award' },
      ],
    });
    expect(result.success).toBe(true);
    expect(result.data?.honors.map((h) => [h.recipient.kind, h.category])).toEqual([
      ['unit', 'award'],
      ['subordinate', 'commendation'],
      ['subordinate', 'title'],
      ['individual', 'award'],
    ]);
  });

  it('refuse an unknown recipient kind or category with the choices', () => {
    expect(messages({ honors: [{ year: 2004, title: '奖', recipient: { kind: 'village' } }] })[0]).toContain('subordinate（下属单位');
    expect(messages({ honors: [{ year: 2004, title: '奖', category: 'prize' }] })[0]).toContain('commendation（表扬');
  });
});

describe('staff figures', () => {
  it('are named by measure; a single one may be written without the list', () => {
    expect(
      parse({
        figures: {
          staff: [
            { measure: '在编职工', count: 61 },
            { measure: '党员', count: 30 },
          ],
        },
      }).data?.figures.staff,
    ).toHaveLength(2);
    expect(parse({ figures: { staff: { measure: '机关干部', count: 40 } } }).data?.figures.staff).toEqual([{ measure: '机关干部', count: 40 }]);
  });

  it('refuse a bare number or the old partyMembers, saying what to write', () => {
    expect(messages({ figures: { staff: 48 } })[0]).toContain('staff: [{ measure: 在岗职工, count: 48 }]');
    expect(messages({ figures: { partyMembers: 34 } })[0]).toContain('staff: [{ measure: 党员, count: 34 }]');
    expect(messages({ figures: { staff: [{ measure: '职工', count: 48 }] } })[0]).toContain('在岗职工、在编职工、机关干部');
  });
});

describe('quotes', () => {
  it('are accepted on every kind of fact and refused when too short to find', () => {
    const quote = '2005年，成功创建为县级文明单位。';
    const result = parse({
      figures: { staff: [{ measure: '在岗职工', count: 48, quote }], other: [{ label: '职能办所', value: '17个', quote }] },
      titles: [{ year: 2005, level: '县级', title: '文明单位', status: '命名', quote }],
      honors: [{ year: 2004, title: '一等奖', quote }],
      events: [{ date: 2005, title: '创建成功', quote }],
      investments: [{ item: '经费', amount: '4万元', kind: '创建经费', quote }],
    });
    expect(result.success).toBe(true);
    expect(messages({ events: [{ date: 2005, title: '创建成功', quote: '创建' }] })[0]).toMatch(/原文引语太短/);
  });
});
