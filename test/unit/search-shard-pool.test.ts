import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexShards, type ShardJob } from '../../src/integrations/search-shard-pool';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function shardOf(dir: string, name: string, units: [slug: string, title: string, text: string][]): ShardJob {
  return {
    pages: units.map(([slug, title, text]) => {
      const file = join(dir, `${slug}.html`);
      writeFileSync(file, page(title, text));
      return { url: `/units/${slug}/`, file };
    }),
    outputPath: join(dir, name),
  };
}

describe('indexShards', () => {
  it('indexes every shard, two processes side by side, and says when each is written', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-shards-'));
    const jobs = [
      shardOf(dir, 's0', [['yu-tang-zhen', '鱼塘镇', '镇党委成立了创建工作领导小组。']]),
      shardOf(dir, 's1', [['di-yi-zhong-xue', '第一中学', '学校开展志愿服务活动。']]),
      shardOf(dir, 's2', [['gong-ji-jin', '住房公积金中心', '中心窗口获评青年文明号。']]),
    ];
    const written: string[] = [];
    await indexShards(jobs, (job) => written.push(job.outputPath), 2);
    expect(written.sort()).toEqual(jobs.map((job) => job.outputPath).sort());
    for (const job of jobs) {
      expect(existsSync(join(job.outputPath, 'pagefind-entry.json'))).toBe(true);
      expect(readdirSync(join(job.outputPath, 'fragment'))).toHaveLength(1);
    }
  });

  it('fails with the page that could not be read, and writes no more shards', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-shards-'));
    const broken: ShardJob = { pages: [{ url: '/units/gone/', file: join(dir, 'gone.html') }], outputPath: join(dir, 'broken') };
    const written: string[] = [];
    await expect(indexShards([broken], (job) => written.push(job.outputPath), 2)).rejects.toThrow(/gone\.html/);
    expect(written).toEqual([]);
    expect(existsSync(join(dir, 'broken'))).toBe(false);
  });
});
