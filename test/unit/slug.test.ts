import { describe, expect, it } from 'vitest';
import { sectionSlug, slugify, stripOutlineNumber } from '../../src/domain/slug';

describe('slugify', () => {
  it.each([
    ['XX镇', 'xx-zhen'],
    ['鱼塘镇', 'yu-tang-zhen'],
    ['重庆', 'chong-qing'],
    ['重庆市', 'chong-qing-shi'],
    ['市住房公积金管理中心', 'shi-zhu-fang-gong-ji-jin-guan-li-zhong-xin'],
    ['绿色家园', 'lv-se-jia-yuan'],
    ['110kv变电站', '110kv-bian-dian-zhan'],
    ['ＡＢＣ公司', 'abc-gong-si'],
    ['“文明”单位！', 'wen-ming-dan-wei'],
    ['  -- 中心 -- ', 'zhong-xin'],
    ['Hello World', 'hello-world'],
    ['', ''],
    ['，。！', ''],
  ])('%s → %s', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it.each([
    [2, 'shi-zhu'],
    [0, ''],
    [100, 'shi-zhu-fang-gong-ji-jin-guan-li-zhong-xin'],
  ])('maxSyllables %d', (maxSyllables, expected) => {
    expect(slugify('市住房公积金管理中心', { maxSyllables })).toBe(expected);
  });
});

describe('stripOutlineNumber', () => {
  it.each([
    ['一、围绕组织落实，强化创建根本', '围绕组织落实，强化创建根本'],
    ['（一）确保创建经费到位', '确保创建经费到位'],
    ['(一) 确保经费', '确保经费'],
    ['（12）确保经费', '确保经费'],
    ['十二、加强宣传', '加强宣传'],
    ['1．加强宣传', '加强宣传'],
    ['1. 加强宣传', '加强宣传'],
    ['1、加强宣传', '加强宣传'],
    ['2）加强宣传', '加强宣传'],
    ['1.2 加强宣传', '加强宣传'],
    ['①加强宣传', '加强宣传'],
    ['第一部分 基本情况', '基本情况'],
    ['第三章　创建成效', '创建成效'],
    ['一、（一）加强宣传', '加强宣传'],
    // Not numbering: a figure, a year, an ordinary word.
    ['1.5亿元投资成效显著', '1.5亿元投资成效显著'],
    ['2006年创建工作', '2006年创建工作'],
    ['一流服务', '一流服务'],
    ['加强宣传', '加强宣传'],
  ])('%s → %s', (heading, expected) => {
    expect(stripOutlineNumber(heading)).toBe(expected);
  });
});

describe('sectionSlug', () => {
  it.each([
    ['一、围绕组织落实，强化创建根本', 'wei-rao-zu-zhi-luo-shi'],
    ['（四）确保创建经费到位', 'que-bao-chuang-jian-jing-fei-dao-wei'],
    ['二、基本情况', 'ji-ben-qing-kuang'],
    ['三、加强领导：建立健全创建工作领导小组', 'jia-qiang-ling-dao'],
    // Long clauses stop at 8 syllables.
    ['五、坚持以人为本全面推进精神文明建设', 'jian-chi-yi-ren-wei-ben-quan-mian'],
    // A one-character first clause is too thin to name the section.
    ['学，做结合', 'xue-zuo-jie-he'],
    ['一、', 'section'],
    ['', 'section'],
    ['！！', 'section'],
  ])('%s → %s', (heading, expected) => {
    expect(sectionSlug(heading)).toBe(expected);
  });
});
