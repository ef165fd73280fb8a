import { describe, expect, it } from 'vitest';
import { quoteSentenceIds, quotesIn } from '../../src/domain/quote-sentences';
import { reportText } from '../../src/domain/report-text';

const first = reportText(['## 一、组织领导', '', '镇党委成立了创建工作领导小组。全年投入创建经费4万多元。', '', '- 2019年被评为市级文明单位。'].join('\n'));
const second = reportText('我镇2021年获评省级卫生镇。镇党委成立了创建工作领导小组。');

describe('quotesIn', () => {
  it('collects every quote of a unit’s data once, wherever the fact sits', () => {
    const data = {
      honors: [{ title: '市级文明单位', quote: '2019年被评为市级文明单位' }, { title: '省级卫生镇' }],
      investments: [{ amount: '4万多元', quote: '全年投入创建经费4万多元' }],
      figures: { staff: [{ measure: '在岗职工', count: 48, quote: '全年投入创建经费4万多元' }] },
      name: 'quote',
    };
    expect(quotesIn(data)).toEqual(['2019年被评为市级文明单位', '全年投入创建经费4万多元']);
  });
});

describe('quoteSentenceIds', () => {
  it('maps each quote found to the id of the sentence it begins in, and leaves out the rest', () => {
    const ids = quoteSentenceIds(['全年投入创建经费4万多元', '2019年被评为市级文明单位', '获评省级卫生镇', '不在报告里的话'], [first, second]);
    const idOf = (text: string, report = first) => report.sentences.find((s) => s.text.includes(text))?.id;
    expect(ids).toEqual({
      全年投入创建经费4万多元: idOf('4万多元'),
      '2019年被评为市级文明单位': idOf('2019年'),
      获评省级卫生镇: idOf('卫生镇', second),
    });
  });

  it('takes the first report in page order when two hold the sentence', () => {
    const ids = quoteSentenceIds(['镇党委成立了创建工作领导小组'], [second, first]);
    expect(ids['镇党委成立了创建工作领导小组']).toBe(second.sentences[1]?.id);
  });
});
