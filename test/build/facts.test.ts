// Faithful facts on the demo site: money keeps its kind and rate, honors say who earned them,
// counts agree everywhere, and a fact's 「见原文」 link lands on the sentence it came from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/domain/nearest-match';
import { normalizeText } from '../../src/domain/sentences';
import { demoDist, distFile, page } from '../helpers/dist';

interface UnitJson {
  slug: string;
  honorCounts: { honors: number; subordinate: number; individual: number; commendations: number };
  staff: { measure: string; count: number }[];
  titles: { level: string; title: string; source: string | null }[];
  honors: { title: string; recipient: { kind: string; name: string | null }; category: string; source: string | null }[];
  events: { title: string; source: string | null }[];
  investments: { item: string; kind: string; period: string | null; partOf: string | null; text: string; source: string | null }[];
}

const units = () => (JSON.parse(distFile('data/units.json')) as { units: UnitJson[] }).units;
const unit = (slug: string) => units().find((u) => u.slug === slug) as UnitJson;
const text = (path: string) => page(path).querySelector('main')?.textContent ?? '';
const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');

describe('money keeps its kind and its rate', () => {
  it('no page shows a total that mixes kinds of money', () => {
    const html = readdirSync(demoDist(), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(html.length).toBeGreaterThan(20);
    for (const file of html) {
      const content = readFileSync(join(demoDist(), file), 'utf8');
      expect(content, file).not.toMatch(/519\.53万|135\.53万|创建投入（据报告）/);
    }
  });

  it('gives XX镇 the creation budget its report states, 4万多元 (不少于4万元), and the home page sums that kind only', () => {
    const table = [...page('units/xx-zhen').querySelectorAll('#investments ~ * table, section table')].find((t) =>
      t.querySelector('caption')?.textContent?.startsWith('创建经费'),
    );
    expect(squash(table?.textContent)).toContain('4万多元');
    expect(squash(table?.querySelector('tfoot')?.textContent)).toBe('创建经费合计（1笔）不少于4万元');
    const headline = [...page('').querySelectorAll('.headline > div')].find((d) => d.querySelector('dt')?.textContent?.startsWith('创建经费'));
    expect(squash(headline?.querySelector('dd')?.textContent)).toBe('不少于4万元');
    // Other kinds have lines of their own, each named.
    expect(squash(page('').querySelector('.other-money')?.textContent)).toMatch(/争取项目.*不少于1000万元/);
  });

  it('shows 每月300元 as a rate, outside every total', () => {
    const xx = unit('xx-zhen').investments.find((i) => i.period !== null);
    expect(xx).toMatchObject({ period: '每月', text: '300元', kind: '其他' });
    expect(squash(text('units/xx-zhen'))).toContain('每月300元按月计的金额，不计入合计');
    // 1.5万元 + 近万元 + 近万元: the 300 is not in the floor or the ceiling.
    const other = [...page('units/xx-zhen').querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.startsWith('其他'));
    expect(squash(other?.querySelector('tfoot')?.textContent)).toBe('其他合计（3笔）1.5万～3.5万元');
    expect(squash(page('statistics').getElementById('rates')?.closest('section')?.textContent)).toContain('每月300元');
  });

  it('never adds a part of a listed amount to it again', () => {
    const parts = unit('zhu-fang-gong-ji-jin').investments.filter((i) => i.partOf === 'dui-kou-bang-fu');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const aid = [...page('units/zhu-fang-gong-ji-jin').querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.startsWith('帮扶资金'));
    expect(squash(aid?.querySelector('tfoot')?.textContent)).toBe('帮扶资金合计（2笔）不少于17万元');
  });
});

describe('honors say who earned them', () => {
  it('does not count 王庄村’s honor or a person’s as 鱼塘镇党政机关’s, nor a 锦旗 as an honor', () => {
    expect(unit('yu-tang-zhen').honorCounts).toEqual({ honors: 18, subordinate: 1, individual: 1, commendations: 0 });
    expect(unit('zhu-fang-gong-ji-jin').honorCounts).toEqual({ honors: 0, subordinate: 0, individual: 0, commendations: 1 });
    const village = unit('yu-tang-zhen').honors.find((h) => h.title.includes('人居环境治理试点村庄'));
    expect(village?.recipient).toEqual({ kind: 'subordinate', name: '王庄村' });
    expect(unit('zhu-fang-gong-ji-jin').honors[0]?.category).toBe('commendation');
  });

  it('lists them apart on the honor roll and the unit page', () => {
    const doc = page('honors');
    const roll = [...doc.querySelectorAll('main section')]
      .filter((s) => s.querySelector('ul.roll'))
      .map((s) => s.textContent ?? '')
      .join('');
    expect(roll).not.toContain('人居环境治理试点村庄');
    expect(roll).not.toContain('锦旗');
    expect(doc.getElementById('xia-shu')?.closest('section')?.textContent).toContain('王庄村');
    expect(doc.getElementById('biao-yang')?.closest('section')?.textContent).toContain('锦旗');
    // The honors sit in a fold (<details>) on the unit page; its count is the unit's own honors.
    const honors = page('units/yu-tang-zhen').getElementById('honors')?.closest('details, section');
    expect(squash(honors?.querySelector('p.count')?.textContent)).toMatch(/^本单位获得的荣誉（称号与奖项）：18项/);
    expect(honors?.querySelector('#honors-subordinate')?.closest('section')?.textContent).toContain('王庄村');
  });

  it('shows the same counts on the home page, unit pages, /honors/, /statistics/, boards, slides and open data', () => {
    const all = units();
    const own = all.reduce((sum, u) => sum + u.honorCounts.honors, 0);
    const headline = [...page('').querySelectorAll('.headline > div')].find((d) => d.querySelector('dt')?.textContent?.startsWith('获得荣誉'));
    expect(headline?.querySelector('dd')?.textContent).toBe(`${own}项`);
    expect(squash(text('honors'))).toContain(`荣誉（称号与奖项）${own}项`);
    const rows = [...(page('statistics').getElementById('honors-by-unit')?.closest('section')?.querySelectorAll('tbody tr') ?? [])];
    for (const u of all) {
      const name = page(`units/${u.slug}`).querySelector('h1')?.textContent ?? '';
      const row = rows.find((r) => name.includes(r.querySelector('th')?.textContent ?? '—'));
      expect(
        [...(row?.querySelectorAll('td') ?? [])].map((td) => Number(td.textContent)),
        u.slug,
      ).toEqual([u.honorCounts.honors, u.honorCounts.subordinate, u.honorCounts.individual, u.honorCounts.commendations]);
      expect(
        squash(
          page(`units/${u.slug}`).getElementById('honors')?.closest('details, section')?.querySelector('p.count')?.textContent ??
            '本单位获得的荣誉（称号与奖项）：0项',
        ),
      ).toContain(`：${u.honorCounts.honors}项`);
      const board = [...page(`boards/${u.slug}`).querySelectorAll('.b-figures > div')].find((d) => d.querySelector('dt')?.textContent === '获得荣誉');
      expect(board?.querySelector('dd')?.textContent ?? '0项', u.slug).toBe(`${u.honorCounts.honors}项`);
      const slideHonors = page(`present/${u.slug}`).querySelectorAll('.slide-record .honors li').length;
      const titles = page(`boards/${u.slug}`).querySelectorAll('.b-titles li').length;
      expect(slideHonors - titles, u.slug).toBe(Math.min(u.honorCounts.honors, 8));
    }
    expect(page('boards/zhu-fang-gong-ji-jin').querySelector('.b-record')?.textContent).toContain('不计入荣誉：锦旗等表扬1项');
  });
});

describe('statistics compare only the same measure', () => {
  it('puts 在岗职工, 在编职工 and 机关干部 in tables of their own', () => {
    const doc = page('statistics');
    const tables = Object.fromEntries(
      [...doc.querySelectorAll('section.stat')]
        .filter((s) => /^各单位.+人数$/.test(s.querySelector('h2')?.textContent ?? ''))
        .map((s) => [s.querySelector('h2')?.textContent, [...s.querySelectorAll('tbody tr')].map((r) => squash(r.textContent).replace('见原文', ''))]),
    );
    expect(tables).toMatchObject({
      各单位在岗职工人数: ['XX镇48人'],
      各单位在编职工人数: ['住房公积金管理中心61人'],
      各单位机关干部人数: ['鱼塘镇40人'],
    });
    expect(unit('zhu-fang-gong-ji-jin').staff).toEqual([{ measure: '在编职工', count: 61 }]);
  });
});

describe('「见原文」 lands on the sentence of the fact', () => {
  const pages = new Map<string, Document>();
  const target = (href: string): Element | null => {
    const url = new URL(href, 'https://site.invalid/');
    const path = url.pathname.replace(/^\/|\/$/g, '');
    if (!pages.has(path)) pages.set(path, page(path));
    return pages.get(path)?.getElementById(decodeURIComponent(url.hash.slice(1))) ?? null;
  };

  /** An element of one sentence (at most 300 characters) that holds the fact's words. */
  const lands = (href: string | null | undefined, words: string, exact?: string): boolean => {
    if (!href) return false;
    const element = target(href);
    const content = element?.textContent ?? '';
    if (!element || normalizeText(content).length > 300 || normalizeText(content).length === 0) return false;
    if (exact !== undefined && !normalizeText(content).includes(normalizeText(exact))) return false;
    return coverage(words.replace(/（[^）]*）/g, ''), content) >= 0.5;
  };

  const share = (results: boolean[]) => results.filter(Boolean).length / results.length;

  it('for at least 95 % of the facts in units.json', () => {
    const results: { fact: string; ok: boolean }[] = [];
    for (const u of units()) {
      for (const t of u.titles) results.push({ fact: `${u.slug} title ${t.title}`, ok: lands(t.source, `${t.level}${t.title}`) });
      for (const h of u.honors) results.push({ fact: `${u.slug} honor ${h.title}`, ok: lands(h.source, h.title) });
      for (const e of u.events) results.push({ fact: `${u.slug} event ${e.title}`, ok: lands(e.source, e.title) });
      for (const i of u.investments) results.push({ fact: `${u.slug} investment ${i.item}`, ok: lands(i.source, i.text, i.text) });
    }
    expect(results.length).toBeGreaterThan(60);
    const missed = results.filter((r) => !r.ok).map((r) => r.fact);
    expect(share(results.map((r) => r.ok)), missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['honors', 'timeline', 'statistics'])('for at least 95 per cent of the links on /%s/', (path) => {
    const links = [...page(path).querySelectorAll('main a.source')];
    expect(links.length).toBeGreaterThan(0);
    const results = links.map((link) => {
      const row = link.closest('li, tr');
      const words = row?.querySelector('.fact')?.textContent ?? '';
      return { fact: `${words} → ${link.getAttribute('href')}`, ok: link.textContent === '见原文' && words !== '' && lands(link.getAttribute('href'), words) };
    });
    const missed = results.filter((r) => !r.ok).map((r) => r.fact);
    expect(share(results.map((r) => r.ok)), missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('marks every sentence of a report, the opening paragraphs included, with a unique stable id', () => {
    const doc = page('units/xx-zhen');
    const sentences = [...doc.querySelectorAll('.report-body .sentence')];
    expect(sentences.length).toBeGreaterThan(50);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(sentences[0]?.textContent).toBe('尊敬的各位领导：');
    expect(sentences.every((s) => /^s-[0-9a-f]{8}(-\d+)?$/.test(s.id))).toBe(true);
  });
});
