import { describe, expect, it } from 'vitest';
import { extractHonors } from '../../src/importer/extract-honors';
import { lintMissingNumbers } from '../../src/importer/lint-missing-numbers';
import { lintPlaceholders } from '../../src/importer/lint-placeholders';
import { sentencesOf } from '../../src/importer/sentences';
import { pieceOf } from '../../src/importer/text-map';
import { importText } from './helpers';

const honorsOf = (text: string) =>
  extractHonors(sentencesOf([{ role: 'paragraph', piece: pieceOf(text, 1) }])).map((h) => [h.year, h.yearEnd, h.level, h.kind, h.title]);

describe('honors', () => {
  it.each([
    ['2004年财政税收工作一等奖', '我镇先后获得2004年财政税收工作一等奖。', [[2004, null, null, 'honor', '财政税收工作一等奖']]],
    ['a title step', '2005年，成功创建为县级文明单位。', [[2005, null, '县级', 'title', '文明单位']]],
    ['a range', '2007—2010年，我镇连续四年获龙马潭区乡镇街目标考核一等奖。', [[2007, 2010, '区级', 'honor', '龙马潭区乡镇街目标考核一等奖']]],
    ['连续N年 ending in a year', '2010年连续三年获全县综合考核一等奖。', [[2008, 2010, '县级', 'honor', '全县综合考核一等奖']]],
    ['undated with an issuer', '被市政府授予“敬老模范乡镇”荣誉称号。', [['undated', null, '市级', 'honor', '敬老模范乡镇']]],
    [
      'a list after 是',
      '鱼塘镇党政机关是泸州市文明单位、泸州市园林式单位。',
      [
        ['undated', null, '市级', 'title', '文明单位'],
        ['undated', null, '市级', 'honor', '泸州市园林式单位'],
      ],
    ],
    ['provincial', '2018年荣获四川省“群众满意医院”称号。', [[2018, null, '省级', 'honor', '四川省“群众满意医院”']]],
  ])('%s', (_, text, expected) => expect(honorsOf(text)).toEqual(expected));

  it.each([
    '这是最佳文明单位创建的根本保证。',
    '朝着市级最佳文明单位的目标努力奋进。',
    '获本科毕业文凭的，给予一次性奖励2000元。',
    '以创建“市级最佳文明单位”为抓手。',
  ])('no honor in: %s', (text) => expect(honorsOf(text)).toEqual([]));
});

describe('stripped numbers and placeholders', () => {
  it.each([
    ['镇党委、政府投资万元，在学堂村新建公厕。', '投资万元'],
    ['给予一次性奖励元；', '奖励元'],
    ['年产仔猪头以上，', '头以上'],
    ['考核一等奖。，成功创建为县级文明单位。', '逗号开头'],
    ['业务素质。——镇党委8名干部参加培训。', '——'],
    ['优秀率达%。', '%'],
  ])('%s', (text, mark) => {
    const [w] = lintMissingNumbers([pieceOf(text, 5)]);
    expect(w?.line).toBe(5);
    expect(`${w?.text}${w?.hint}`).toContain(mark);
  });

  it.each(['投资近万元，新购100余盆花。', '投入10.5万元。', '给予一次性奖励2000元；', '年初，镇党委将经费纳入预算。', '人民币3000多元'])(
    'nothing missing in: %s',
    (text) => {
      expect(lintMissingNumbers([pieceOf(text, 1)])).toEqual([]);
    },
  );

  it.each([
    ['到XX镇验收', 'XX'],
    ['由×××同志负责', '×××'],
    ['ＸＸ县文明办', 'ＸＸ'],
    ['于20××年命名', '20××年'],
    ['110KVXX变电站', 'XX'],
    ['“xxxx”重要思想', 'xxxx'],
  ])('placeholder in %s', (text, found) => {
    expect(lintPlaceholders([pieceOf(text, 2)]).map((w) => [w.line, w.text])).toEqual([[2, found]]);
  });

  it.each(['Excel 表格', '卡拉OK大赛', '二〇〇六年', '3×4米'])('no placeholder in %s', (text) => {
    expect(lintPlaceholders([pieceOf(text, 1)])).toEqual([]);
  });
});

describe('splitting a file without markers', () => {
  it('starts a new document at a new title block after a finished report', () => {
    const text = [
      '甲局创建工作汇报',
      '尊敬的各位领导：',
      '甲局现有职工20人。',
      '一、加强领导',
      '成立了领导小组。',
      '二、强化服务',
      '开通了服务热线。',
      '三、存在不足',
      '还需继续努力。',
      '二〇一九年十二月',
      '乙镇创建市级文明单位工作总结',
      '——乙镇党政机关',
      '乙镇现有干部30人。',
    ].join('\n');
    const docs = importText(text);
    expect(docs.map((d) => [d.title?.text, d.firstLine, d.date?.iso ?? null])).toEqual([
      ['甲局创建工作汇报', 1, '2019-12'],
      ['乙镇创建市级文明单位工作总结', 11, null],
    ]);
  });
});
