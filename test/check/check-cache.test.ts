// Check results are kept per unit by digest: an unchanged unit is not checked again, a changed
// one is, and a changed limit checks everything again.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCheckCache, type CheckCache } from '../../src/check/check-cache';
import { DEFAULT_OPTIONS, validateContent } from '../../src/check/run-check';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

/** A cache that also counts its hits and misses. */
function countingCache(cacheDir: string, options = DEFAULT_OPTIONS) {
  const inner = fileCheckCache(cacheDir, options);
  const counts = { hits: 0, misses: 0 };
  const cache: CheckCache = {
    get: (digest) => {
      const found = inner.get(digest);
      counts[found ? 'hits' : 'misses'] += 1;
      return found;
    },
    set: (digest, result) => inner.set(digest, result),
    save: () => inner.save(),
  };
  return { cache, counts };
}

const twoUnits = () =>
  writeContent({
    'ce-shi': { yaml: validUnitYaml },
    'ling-yi': { yaml: validUnitYaml.replace('slug: ce-shi', 'slug: ling-yi').replace('shortName: 测试镇', 'shortName: 另一镇') },
  });

describe('the check cache', () => {
  it('checks only the unit that changed since the last run', async () => {
    const content = twoUnits();
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    const first = countingCache(cacheDir);
    expect((await validateContent(content, DEFAULT_OPTIONS, first.cache)).result.errors).toBe(0);
    expect(first.counts).toEqual({ hits: 0, misses: 2 });

    const second = countingCache(cacheDir);
    await validateContent(content, DEFAULT_OPTIONS, second.cache);
    expect(second.counts).toEqual({ hits: 2, misses: 0 });

    appendFileSync(join(content, 'units', 'ling-yi', 'report.md'), '\n联系电话13812345678。\n');
    const third = countingCache(cacheDir);
    const result = (await validateContent(content, DEFAULT_OPTIONS, third.cache)).result;
    expect(third.counts).toEqual({ hits: 1, misses: 1 });
    expect(result.findings.filter((f) => f.check === 'pii').map((f) => f.file)).toEqual([expect.stringContaining('ling-yi/report.md')]);
  });

  it('gives the same findings from the cache as from a fresh check', async () => {
    const content = writeContent({ 'ce-shi': { yaml: validUnitYaml.replace('region: [四川省, 泸州市]', 'region: [四川省, XX市]') } });
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    const fresh = (await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS))).result;
    const cached = countingCache(cacheDir);
    const again = (await validateContent(content, DEFAULT_OPTIONS, cached.cache)).result;
    expect(cached.counts.hits).toBe(1);
    expect(fresh.errors).toBeGreaterThan(0);
    expect(again).toEqual(fresh);
  });

  it('checks everything again when a limit changes', async () => {
    const content = twoUnits();
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));
    const smaller = { maxPhotoBytes: 1024 };
    const other = countingCache(cacheDir, smaller);
    await validateContent(content, smaller, other.cache);
    expect(other.counts).toEqual({ hits: 0, misses: 2 });
  });

  it('survives a damaged cache file by checking again', async () => {
    const content = twoUnits();
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));
    appendFileSync(join(cacheDir, 'showcase', 'check-results.json'), '{{ not json');
    const damaged = countingCache(cacheDir);
    expect((await validateContent(content, DEFAULT_OPTIONS, damaged.cache)).result.errors).toBe(0);
    expect(damaged.counts).toEqual({ hits: 0, misses: 2 });
  });

  it('does not parse an unchanged unit.yaml, and still applies the rules across units to it', async () => {
    const content = writeContent({
      'ce-shi': {
        yaml: `${validUnitYaml}acknowledgements:\n  - { kind: placeholder, text: XX, sentence: 旧句子XX。, digest: "0123456789ab", reason: 已审核 }\n`,
      },
      'cao-gao': { yaml: validUnitYaml.replace('slug: ce-shi', 'slug: cao-gao\ndraft: true') },
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    const fresh = await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));

    // A new unit takes the cached unit's slug: the clash is found without reading ce-shi again.
    mkdirSync(join(content, 'units', 'xin-dan-wei'));
    writeFileSync(join(content, 'units', 'xin-dan-wei', 'unit.yaml'), validUnitYaml);
    writeFileSync(join(content, 'units', 'xin-dan-wei', 'report.md'), validReport);
    const again = await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));
    const cached = again.units.find((unit) => unit.source.folder === 'ce-shi')!;
    expect(Object.getOwnPropertyDescriptor(cached.source.unit, 'doc')).toHaveProperty('get');
    const parsedBefore = JSON.stringify(again.units.map((unit) => [unit.source.folder, unit.slug, unit.draft, unit.valid]));
    expect(again.result.findings.filter((f) => f.check === 'slug').map((f) => f.file)).toEqual([expect.stringContaining('xin-dan-wei/unit.yaml')]);
    // The stale acknowledgement of the cached unit is still reported, with its line.
    const stale = (result: typeof fresh.result) => result.findings.filter((f) => f.check === 'acknowledgement').map((f) => [f.file, f.line]);
    expect(stale(again.result)).toEqual(stale(fresh.result));
    expect(stale(again.result)).toHaveLength(1);
    expect(parsedBefore).toBe(
      JSON.stringify([
        ['cao-gao', 'cao-gao', true, true],
        ['ce-shi', 'ce-shi', false, true],
        ['xin-dan-wei', 'ce-shi', false, true],
      ]),
    );
    // Its data, when something reads it, is what a fresh check parsed.
    expect(cached.data).toEqual(fresh.units.find((unit) => unit.source.folder === 'ce-shi')!.data);
  });

  it("does not parse an unchanged report's front matter, and still knows whether it is published and in which order", async () => {
    const content = writeContent({ 'ce-shi': { yaml: validUnitYaml, report: validReport.replace("date: '2006-11'", "date: '2006-11'\norder: 2") } });
    writeFileSync(join(content, 'units', 'ce-shi', 'report-2004.md'), validReport.replace("date: '2006-11'", "date: '2004-11'\ndraft: true"));
    writeFileSync(join(content, 'units', 'ce-shi', 'report-2003.md'), validReport.replace("date: '2006-11'", 'date: 去年'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-check-cache-'));
    const fresh = await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));
    const again = await validateContent(content, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS));
    const facts = (result: typeof fresh) =>
      result.units[0]!.reports.map(({ source, valid, draft, order }) => [source.file.split('/').at(-1), valid, draft, order]);
    expect(facts(fresh)).toEqual([
      ['report-2003.md', false, false, 0],
      ['report-2004.md', true, true, 0],
      ['report.md', true, false, 2],
    ]);
    expect(facts(again)).toEqual(facts(fresh));
    const cached = again.units[0]!.reports;
    for (const report of cached) expect(Object.getOwnPropertyDescriptor(report, 'data')).toHaveProperty('get');
    expect(again.result).toEqual(fresh.result);
    // Read, each report's data is what a fresh check parsed.
    expect(cached.map((report) => report.data)).toEqual(fresh.units[0]!.reports.map((report) => report.data));
  });
});

describe('progress of a long check', () => {
  it('hears how many units are checked before each next one, cached or not', async () => {
    const root = twoUnits();
    const cacheDir = mkdtempSync(join(tmpdir(), 'check-progress-'));
    const heard: string[] = [];
    await validateContent(root, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS), (checked, total) => heard.push(`${checked}/${total}`));
    expect(heard).toEqual(['0/2', '1/2']);
    heard.length = 0;
    await validateContent(root, DEFAULT_OPTIONS, fileCheckCache(cacheDir, DEFAULT_OPTIONS), (checked, total) => heard.push(`${checked}/${total}`));
    expect(heard).toEqual(['0/2', '1/2']);
  });
});
