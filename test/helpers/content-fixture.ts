// Writes a small content folder for a build test: one valid unit that a test then breaks.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const validUnitYaml = `slug: ce-shi
name: 测试镇党政机关
shortName: 测试镇
kind: 党政机关
region: [四川省, 泸州市]
figures:
  staff:
    - { measure: 在岗职工, count: 20 }
titles:
  - { year: 2005, level: 县级, title: 文明单位, status: 命名 }
honors:
  - { year: 2004, title: 综合考核一等奖, section: zu-zhi-ling-dao-dao-wei }
events:
  - { date: '2006-11', title: 通过验收 }
investments:
  - { item: 创建经费, amount: 4万多元, kind: 创建经费 }
`;

export const validReport = `---
title: 测试镇创建工作汇报
date: '2006-11'
---

尊敬的各位领导：

## 一、组织领导到位

正文。
`;

const photo = resolve(import.meta.dirname, '../fixtures/photo.jpg');

/** A content root with units/<folder>/ for each entry; returns its path. */
export function writeContent(units: Record<string, { yaml: string; report?: string; photo?: boolean }>): string {
  const root = mkdtempSync(join(tmpdir(), 'showcase-content-'));
  for (const [folder, unit] of Object.entries(units)) {
    const dir = join(root, 'units', folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'unit.yaml'), unit.yaml);
    writeFileSync(join(dir, 'report.md'), unit.report ?? validReport);
    if (unit.photo) {
      mkdirSync(join(dir, 'photos'));
      cpSync(photo, join(dir, 'photos', 'a.jpg'));
    }
  }
  return root;
}
