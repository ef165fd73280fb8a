// The cross-unit pages and the open-data files of the demo site.
import { describe, expect, it } from 'vitest';
import { distFile, page } from '../helpers/dist';

const text = (path: string) => page(path).querySelector('main')?.textContent ?? '';

describe('timeline', () => {
  const doc = () => page('timeline');

  it('groups items by year with an anchor per year, oldest first', () => {
    const years = [...doc().querySelectorAll('main h2[id^="y"]')].map((h) => h.id);
    expect(years).toContain('y2005');
    expect(years).toEqual([...years].sort());
    const y2005 = doc().getElementById('y2005')?.closest('section')?.textContent ?? '';
    expect(y2005).toContain('命名县级文明单位');
    expect(y2005).toContain('XX镇');
  });

  it('shows a year range as a range and lists undated items apart', () => {
    expect(text('timeline')).toContain('2007—2010年');
    const undated = doc().getElementById('undated')?.textContent ?? '';
    expect(undated).toContain('泸州市综治模范镇');
  });

  it('links each item to its source on the unit page', () => {
    for (const link of doc().querySelectorAll('a.source')) {
      const href = String(link.getAttribute('href'));
      const [path = '', id = ''] = href.split('#');
      const target = page(path.replace(/^\//, '').replace(/\/$/, ''));
      expect(target.getElementById(id), href).not.toBeNull();
    }
  });

  it('has static filtered pages by unit kind and level, and a page per year', () => {
    const filterLinks = [...doc().querySelectorAll('nav.filters a')].map((a) => a.getAttribute('href'));
    expect(filterLinks).toContain('/timeline/kind/shi-ye-dan-wei/');
    expect(filterLinks).toContain('/timeline/level/shi-ji/');
    const institutions = text('timeline/kind/shi-ye-dan-wei');
    expect(institutions).toContain('住房公积金');
    expect(institutions).not.toContain('鱼塘镇');
    expect(text('timeline/2008')).toContain('命名市级文明单位');
  });
});

describe('statistics', () => {
  it('draws charts as inline SVG with a label and a table of the same numbers', () => {
    const doc = page('statistics');
    const charts = [...doc.querySelectorAll('figure.chart svg')];
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const svg of charts) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBeTruthy();
      expect(svg.closest('section')?.querySelector('table')).not.toBeNull();
    }
  });

  it('shows investment totals as bounds, one kind per block, and links each to its unit', () => {
    const doc = page('statistics');
    const section = [...doc.querySelectorAll('section.stat')].find((s) => s.querySelector('h2')?.textContent === '各单位创建经费（据报告）');
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])];
    const xx = rows.find((row) => row.textContent?.includes('XX镇'));
    expect(xx?.textContent).toMatch(/不少于[\d.]+万元/);
    expect(xx?.querySelector('a')?.getAttribute('href')).toBe('/units/xx-zhen/#investments');
  });
});

describe('honor roll', () => {
  it('groups by level from the top, then by year, and links to units', () => {
    const doc = page('honors');
    const levels = [...doc.querySelectorAll('main h2')].map((h) => h.textContent);
    expect(levels.indexOf('市级')).toBeLessThan(levels.indexOf('县级'));
    const county = doc.getElementById('xian-ji')?.closest('section')?.textContent ?? '';
    expect(county).toContain('2005年');
    expect(county).toContain('XX镇党政机关');
    const city = doc.getElementById('shi-ji')?.closest('section')?.textContent ?? '';
    expect(city).toContain('2008年');
    expect(city).toContain('鱼塘镇党政机关');
    expect(city).toContain('泸州市综治模范镇');
    expect(doc.querySelector('.roll a.unit')?.getAttribute('href')).toMatch(/^\/units\/[a-z-]+\/$/);
  });

  it('shows the 文号 where known', () => {
    expect(text('honors')).not.toContain('文号：undefined');
  });
});

describe('open data', () => {
  it('publishes units.json with every unit and its source URLs', () => {
    const data = JSON.parse(distFile('data/units.json')) as { units: { slug: string; url: string; investments: { bound: string }[] }[] };
    expect(data.units.map((u) => u.slug).sort()).toEqual(['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin']);
    expect(data.units.find((u) => u.slug === 'xx-zhen')?.investments.some((i) => i.bound === 'at-least')).toBe(true);
    expect(data.units[0]?.url).toMatch(/^https?:\/\/.+\/units\/[a-z-]+\/$/);
  });

  it('writes CSV in UTF-8 with a BOM, with bounds and source links', () => {
    for (const file of ['honors.csv', 'investments.csv', 'events.csv']) {
      expect(distFile(`data/${file}`).startsWith('\uFEFF'), file).toBe(true);
    }
    const investments = distFile('data/investments.csv').split('\r\n');
    expect(investments[0]).toBe('\uFEFF单位,网址名,年份,类别,项目,原文金额,数值,单位,界限,周期,编号,所属,出处');
    const row = investments.find((line) => line.includes('4万多元'));
    expect(row).toContain(',40000,元,at-least,');
    expect(row).toMatch(/https?:\/\/[^,]+\/units\/xx-zhen\/#/);
    const honors = distFile('data/honors.csv');
    expect(honors).toMatch(/鱼塘镇党政机关,yu-tang-zhen,荣誉,奖项,本单位,,是,2007,2010,/);
    expect(honors).toMatch(/鱼塘镇党政机关,yu-tang-zhen,荣誉,称号,下属单位,王庄村,否,2009,,市级,/);
  });
});
