// The seed sample: five reports, three versions of one.
import { describe, expect, it } from 'vitest';
import { reconstructLines } from '../../src/importer/lossless';
import { importSample } from './helpers';

const { docs, lines } = importSample();
const [first, second, third, yutang, gjj] = docs;
const kinds = (i: number, kind: string) => docs[i]?.warnings.filter((w) => w.kind === kind) ?? [];
// Page debris among the artifacts (the others are half-width marks made full width).
const debris = (i: number) => kinds(i, 'artifact').filter((w) => !w.hint.startsWith('半角标点'));

describe('reports-sample.txt', () => {
  it('splits into five documents at the 第N篇 markers', () => {
    expect(docs.map((d) => [d.firstLine, d.lastLine])).toEqual([
      [1, 44],
      [45, 73],
      [74, 110],
      [111, 135],
      [136, 152],
    ]);
    expect(docs.map((d) => d.title?.text)).toEqual([
      '深化文明创建 促进各项工作',
      '深化文明创建 促进各项工作',
      '深化文明创建促进各项工作',
      '鱼塘镇创建市级最佳文明单位总结',
      '创建市级最佳文明单位工作汇报',
    ]);
  });

  it('marks the second and third as duplicates of the first, and keeps the first', () => {
    expect(docs.map((d) => d.duplicateOf)).toEqual([null, 0, 0, null, null]);
    expect(second?.similarity).toBeGreaterThan(0.9);
    expect(third?.similarity).toBeGreaterThan(0.9);
    expect(yutang?.similarity).toBeLessThan(0.2);
    expect(kinds(1, 'duplicate')[0]?.hint).toContain('保留第1篇');
  });

  it('merges the date only the second version has into the first', () => {
    expect(second?.date).toMatchObject({ iso: '2006-11', line: 73 });
    expect(first?.date).toMatchObject({ iso: '2006-11', source: 'duplicate' });
    expect(kinds(0, 'merged')[0]?.hint).toContain('第2篇补充了日期 2006年11月');
  });

  it('reports the debris, stripped numbers and broken layout of the third with line numbers', () => {
    expect(debris(2).map((w) => [w.line, w.text])).toEqual([[110, '1 2 下一页']]);
    const missing = kinds(2, 'missing-number').map((w) => w.line);
    expect(missing).toEqual(expect.arrayContaining([83, 95, 96, 99, 105, 110]));
    expect(kinds(2, 'missing-number').some((w) => w.line === 110 && w.text.includes('基地面积1亩'))).toBe(true);
    expect(kinds(2, 'truncated').map((w) => w.line)).toEqual([110]);
    // "司法" / "所" joined; headings run into text split off.
    const text = third?.blocks.map((b) => b.piece.text) ?? [];
    expect(text.some((t) => t.includes('综治办、司法所、安办'))).toBe(true);
    expect(third?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text)).toEqual(
      expect.arrayContaining([
        '确保组织领导到位',
        '确保创建经费到位',
        '加强对机关干部的目标考核',
        '以完善服务制度为措施，在加强服务方法和内容上不断创新',
        '坚持把发展作为第一要务，以经济建设为中心，千方百计助农增收',
      ]),
    );
  });

  it('reports XX placeholders with their lines', () => {
    expect(kinds(0, 'placeholder').map((w) => w.line)).toEqual([3, 6, 6, 7, 24, 27, 27, 27]);
    expect(kinds(4, 'placeholder').length).toBeGreaterThan(5);
  });

  it('reads the honors of the first with their years', () => {
    const honors = first?.honors.map((h) => [h.year, h.title]) ?? [];
    expect(honors).toEqual(
      expect.arrayContaining([
        [2004, '财政税收工作一等奖'],
        [2004, '计划生育目标考核一等奖'],
        [2003, '综合生产考核一等奖'],
        [2005, '文明单位'],
        ['undated', '泸州市综治模范镇'],
      ]),
    );
    expect(first?.honors.find((h) => h.year === 2005)).toMatchObject({ kind: 'title', level: '县级', status: '命名' });
  });

  it('reads 鱼塘镇: the 2007—2010 range, levels, removed page numbers, region', () => {
    expect(yutang?.honors.find((h) => h.title.includes('目标考核一等奖'))).toMatchObject({ year: 2007, yearEnd: 2010, level: '区级' });
    expect(yutang?.honors.find((h) => h.kind === 'title' && h.year === 2008)).toMatchObject({ level: '市级', issuer: '市委、市政府' });
    expect(debris(3).map((w) => [w.line, w.text])).toEqual([
      [117, ' 1'],
      [121, ' 2'],
      [127, ' 4'],
      [133, ' 5'],
    ]);
    expect(yutang?.unit).toMatchObject({ name: '鱼塘镇党政机关', shortName: '鱼塘镇', kind: '党政机关', region: ['泸州市', '龙马潭区'] });
    expect(yutang?.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2009-07', '2011-07']));
  });

  it('reads amounts with their bounds', () => {
    const amounts = new Map(first?.amounts.map((a) => [a.text, a.bound]));
    expect(amounts.get('4万多元')).toBe('at-least');
    expect(amounts.get('近万元')).toBe('at-most');
    expect(amounts.get('10.5万元')).toBe('exact');
    expect(first?.amounts.find((a) => a.text === '4万多元')).toMatchObject({ value: 40000, line: 17 });
  });

  it('proposes what each sum of money is, and whether it recurs (Faithful facts)', () => {
    const money = (d: typeof first, text: string) => d?.amounts.find((a) => a.text === text);
    expect(money(first, '4万多元')).toMatchObject({ kind: '创建经费', period: null });
    expect(money(first, '300元')).toMatchObject({ kind: '其他', period: '每月' });
    expect(money(first, '1000多万元')).toMatchObject({ kind: '争取项目', period: null });
    expect(money(first, '3000多元')).toMatchObject({ kind: '捐款捐物' });
    expect(money(first, '2000元')?.kind).toBeNull();
    // Where it is unsure it says so, with the line: 争取 in the clause before, a rate.
    expect(kinds(0, 'money').map((w) => [w.line, w.text])).toEqual(
      expect.arrayContaining([
        [27, '1000多万元'],
        [34, '300元'],
      ]),
    );
  });

  it('credits 王庄村 with its own honor and counts the 锦旗 as thanks', () => {
    expect(yutang?.honors.find((h) => h.title.includes('人居环境治理试点村庄'))).toMatchObject({
      year: 2009,
      recipient: { kind: 'subordinate', name: '王庄村' },
      category: 'title',
    });
    expect(kinds(3, 'recipient').some((w) => w.line === 134 && w.hint.includes('王庄村'))).toBe(true);
    expect(gjj?.honors.filter((h) => h.title === '锦旗')).toEqual([
      expect.objectContaining({ category: 'commendation', recipient: { kind: 'subordinate', name: '窗口' } }),
    ]);
    expect(gjj?.honors.filter((h) => h.category !== 'commendation' && h.recipient.kind === 'unit').map((h) => h.title)).not.toContain('锦旗');
  });

  it('resolves relative years against the (merged) date and flags them', () => {
    expect(kinds(0, 'relative-date')[0]).toMatchObject({ line: 17, text: '今年' });
    expect(kinds(0, 'relative-date')[0]?.hint).toContain('2006年');
    expect(kinds(2, 'relative-date')[0]?.hint).toContain('无法换算');
  });

  it('finds the aid recipient in the fifth and the 文号 years hidden as XX', () => {
    expect(kinds(4, 'pii').map((w) => [w.line, w.text])).toEqual([[148, '陈桂珍']]);
    expect(gjj?.unit).toMatchObject({ name: '市住房公积金管理中心', kind: '事业单位' });
    expect(kinds(4, 'gap').map((w) => w.line)).toEqual([150]);
  });

  it('is lossless: kept text plus removals rebuild every source line', () => {
    const rebuilt = reconstructLines(docs);
    for (const l of lines) expect([l.line, rebuilt.get(l.line) ?? '']).toEqual([l.line, l.text]);
  });
});
