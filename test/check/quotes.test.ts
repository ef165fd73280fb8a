// Drift: a fact's quote that is no longer in the unit's report fails the check, naming the
// file, line and field, and showing the nearest text the report now has.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import type { Finding } from '../../src/check/types';
import { writeContent } from '../helpers/content-fixture';

const report = `---
title: 测试镇创建工作汇报
date: '2006-11'
---

测试镇党政机关现有在岗职工36人，其中党员20名。2005年，成功创建为县级文明单位。

## 一、组织领导到位

年初，镇党委将创建经费纳入财政预算，今年，全年共投入文明机关创建经费4万多元。

## 二、服务群众

投入每月300元聘请了一名专职人员打扫院坝。我镇王庄村被评为市级卫生村。
`;

const unitYaml = (quotes: { budget: string; staff?: string; honor?: string }) => `slug: ce-shi
name: 测试镇党政机关
shortName: 测试镇
kind: 党政机关
region: [四川省, 泸州市]
figures:
  staff:
    - measure: 在岗职工
      count: 36
${quotes.staff ? `      quote: ${quotes.staff}\n` : ''}titles:
  - year: 2005
    level: 县级
    title: 文明单位
    status: 命名
    quote: 2005年，成功创建为县级文明单位。
honors:
  - year: undated
    title: 市级卫生村
    recipient: { kind: subordinate, name: 王庄村 }
${quotes.honor ? `    quote: ${quotes.honor}\n` : ''}investments:
  - item: 文明机关创建经费
    amount: 4万多元
    kind: 创建经费
    quote: ${quotes.budget}
  - item: 聘请专职人员
    amount: 300元
    period: 每月
    kind: 其他
    quote: 投入每月300元聘请了一名专职人员打扫院坝。
`;

async function quoteErrors(yaml: string, body = report): Promise<Finding[]> {
  const { findings } = await runCheck(writeContent({ 'ce-shi': { yaml, report: body } }));
  return findings.filter((f) => f.check === 'quote');
}

describe('quotes must still be in the report', () => {
  it('passes quotes that are in the report, whatever their spacing or punctuation width', async () => {
    expect(
      await quoteErrors(
        unitYaml({ budget: '全年共投入文明机关创建经费4万多元。', staff: '现有在岗职工36人,其中党员20名', honor: '我镇王庄村被评为市级卫生村。' }),
      ),
    ).toEqual([]);
  });

  it('fails a quote the report no longer contains, with file, line, field and the nearest text', async () => {
    const yaml = unitYaml({ budget: '全年共投入文明机关创建经费4万多元。' });
    const edited = report.replace('4万多元', '5万多元');
    const errors = await quoteErrors(yaml, edited);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error?.severity).toBe('error');
    expect(error?.file).toMatch(/units\/ce-shi\/unit\.yaml$/);
    expect(error?.field).toBe('investments[0].quote');
    expect(error?.line).toBe(yaml.split('\n').findIndex((line) => line.includes('quote: 全年共投入')) + 1);
    expect(error?.message).toContain('全年共投入文明机关创建经费4万多元');
    expect(error?.hint).toContain('年初，镇党委将创建经费纳入财政预算，今年，全年共投入文明机关创建经费5万多元。');
    expect(error?.hint).toMatch(/report\.md 第\d+行/);
    const line = Number(/第(\d+)行/.exec(error?.hint ?? '')?.[1]);
    expect(edited.split('\n')[line - 1]).toContain('5万多元');
  });

  it('checks quotes of every kind of fact: figures and honors too', async () => {
    const errors = await quoteErrors(
      unitYaml({ budget: '全年共投入文明机关创建经费4万多元。', staff: '现有在职职工36人', honor: '我镇李庄村被评为市级卫生村。' }),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['figures.staff[0].quote', 'honors[0].quote']);
  });

  it('says so when nothing in the report is close', async () => {
    const [error] = await quoteErrors(unitYaml({ budget: '镇文化站新购图书五百册。' }));
    expect(error?.hint).toContain('没有相近的句子');
  });

  it('only warns in a draft', async () => {
    const yaml = `${unitYaml({ budget: '全年共投入文明机关创建经费9万多元。' })}draft: true\n`;
    const errors = await quoteErrors(yaml);
    expect(errors.map((e) => e.severity)).toEqual(['warning']);
  });
});
