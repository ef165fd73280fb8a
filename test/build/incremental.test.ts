// A republish after one unit's edit renders only what shows that unit: the edit reaches every
// page and file that shows the unit's facts, and every other file in dist/ stays byte for byte.
// The output folder is not emptied, so what is no longer published must still go.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { freshOutDir } from '../helpers/astro-build';

const root = resolve(import.meta.dirname, '../..');

function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return `${result.stdout}\n${result.stderr}`;
}

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path).split('\\').join('/'), createHash('sha1').update(readFileSync(path)).digest('hex')];
    }),
  );
}

/** A copy of the demo content, with a cache folder and an output folder of its own. */
function demoSiteCopy() {
  const content = mkdtempSync(join(tmpdir(), 'showcase-incremental-content-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  const env = {
    SHOWCASE_CONTENT_DIR: content,
    SHOWCASE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'showcase-incremental-cache-')),
    SHOWCASE_OUT_DIR: freshOutDir(),
  };
  return { content, env };
}

const HONOR = '增补测试荣誉称号';
const WORD = '鲸落计划';

describe('republishing after a one-unit edit', () => {
  it('updates everything that shows the unit, and leaves every other file as it was', () => {
    const { content, env } = demoSiteCopy();
    build(env);
    const before = digests(env.SHOWCASE_OUT_DIR);

    // One unit gains an honor (the newest of the site) and a sentence in its report.
    const unitFile = join(content, 'units/yu-tang-zhen/unit.yaml');
    writeFileSync(unitFile, readFileSync(unitFile, 'utf8').replace(/^honors:\n/m, `honors:\n  - year: 2011\n    title: ${HONOR}\n    level: 市级\n`));
    appendFileSync(join(content, 'units/yu-tang-zhen/report.md'), `\n本单位还开展了${WORD}志愿服务。\n`);
    const log = build(env);
    const after = digests(env.SHOWCASE_OUT_DIR);

    // The other units' pages were copied from the last build, not rendered.
    // (Left in place when the output folder is the last build's; copied back from the cache otherwise.)
    expect(log).toMatch(/\/units\/xx-zhen\/index\.html \((?:cached|restored)\)/);
    expect(log).not.toMatch(/\/units\/yu-tang-zhen\/index\.html \((?:cached|restored)\)/);

    const read = (path: string) => readFileSync(join(env.SHOWCASE_OUT_DIR, path), 'utf8');
    for (const page of [
      'units/yu-tang-zhen/index.html',
      'boards/yu-tang-zhen/index.html',
      'present/yu-tang-zhen/index.html',
      'honors/index.html',
      'timeline/index.html',
      'timeline/2011/index.html',
      'index.html',
      'data/units.json',
      'data/honors.csv',
    ]) {
      expect(read(page), page).toContain(HONOR);
    }
    expect(read('units/yu-tang-zhen/index.html')).toContain(WORD);
    for (const page of ['statistics/index.html', 'index.html']) expect(after.get(page), page).not.toBe(before.get(page));
    // Search finds the new sentence: some page fragment of the index holds it (its words are
    // stored segmented by zero-width spaces).
    const fragments = [...after.keys()].filter((path) => /^pagefind\/s\d+\/fragment\//.test(path));
    expect(
      fragments.some((path) =>
        gunzipSync(readFileSync(join(env.SHOWCASE_OUT_DIR, path)))
          .toString('utf8')
          .replaceAll('\u200b', '')
          .includes(WORD),
      ),
    ).toBe(true);

    // Everything else is byte for byte what the last build published.
    const showsTheUnit =
      /^(units\/yu-tang-zhen\/|boards\/yu-tang-zhen\/|present\/yu-tang-zhen\/|share\/units\/yu-tang-zhen\.png$|index\.html$|honors\/|timeline\/|statistics\/|data\/|share\/site\.png$|handout\/|units\/index\.html$|rss\.xml$|pagefind\/)/;
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
    expect(changed.filter((path) => !showsTheUnit.test(path))).toEqual([]);
    expect(changed.filter((path) => /^(units|boards|present)\/(xx-zhen|zhu-fang-gong-ji-jin)\//.test(path))).toEqual([]);

    // An edit of a report's wording alone changes no fact: the pages of facts from across the
    // site are left as they were, and only the unit's own pages are rendered again.
    const SECOND = '晨读会';
    appendFileSync(join(content, 'units/yu-tang-zhen/report.md'), `\n本单位每周举办${SECOND}。\n`);
    const textLog = build(env);
    for (const page of ['/index.html', '/statistics/index.html', '/honors/index.html', '/timeline/index.html', '/handout/index.html', '/data/units.json']) {
      // (Astro logs an endpoint's path with a slash after it.)
      expect(textLog, page).toMatch(new RegExp(`${page.replaceAll('.', '\\.')}/? \\((?:cached|restored)\\)`));
    }
    expect(read('units/yu-tang-zhen/index.html')).toContain(SECOND);
  });
});

describe("republishing into the last build's output folder", () => {
  it('takes away what is no longer published, and replaces a page edited by hand', () => {
    const { content, env } = demoSiteCopy();
    build(env);
    const out = env.SHOWCASE_OUT_DIR;
    const files = () => [...digests(out).keys()];
    // The published files of one photo share its digest (src/domain/photo-variants.ts).
    const caption = '示意图（非实拍）：办公楼外墙和机关大院的维修与布置';
    const page = readFileSync(join(out, 'units/yu-tang-zhen/index.html'), 'utf8');
    const prefix = new RegExp(`<img[^>]*src="/_photos/([0-9a-f]+-)[^"]*"[^>]*alt="${caption}"`).exec(page)?.[1];
    expect(prefix).toBeTruthy();
    expect(files().filter((path) => path.startsWith(`_photos/${prefix}`)).length).toBeGreaterThan(0);
    expect(files().filter((path) => path.includes('zhu-fang-gong-ji-jin')).length).toBeGreaterThan(0);

    // A unit goes back to being a draft; a photo is taken off another unit.
    const draftFile = join(content, 'units/zhu-fang-gong-ji-jin/unit.yaml');
    writeFileSync(draftFile, `${readFileSync(draftFile, 'utf8')}\ndraft: true\n`);
    const unitFile = join(content, 'units/yu-tang-zhen/unit.yaml');
    const yaml = readFileSync(unitFile, 'utf8');
    const entry = new RegExp(`  - file: \\./photos/ban-gong-lou\\.jpg\\n    caption: ${caption}\\n(?:    .*\\n)*?(?=  - )`);
    expect(yaml).toMatch(entry);
    writeFileSync(unitFile, yaml.replace(entry, ''));
    rmSync(join(content, 'units/yu-tang-zhen/photos/ban-gong-lou.jpg'));
    const log = build(env);

    expect(log).toMatch(/删除了 \d+ 个本次不再发布的文件/);
    expect(files().filter((path) => path.includes('zhu-fang-gong-ji-jin'))).toEqual([]);
    expect(files().filter((path) => path.startsWith(`_photos/${prefix}`))).toEqual([]);
    expect(readFileSync(join(out, 'units/index.html'), 'utf8')).not.toContain('zhu-fang-gong-ji-jin');

    // A page changed by hand since: the folder is not the last build's any more, so it is
    // published afresh, and the page is what the content says again.
    const published = readFileSync(join(out, 'units/xx-zhen/index.html'), 'utf8');
    writeFileSync(join(out, 'units/xx-zhen/index.html'), published.replace('</main>', '<p>手工改动</p></main>'));
    writeFileSync(join(out, 'units/xx-zhen/stray.html'), '<p>手工放入的文件</p>');
    const again = build(env);
    expect(again).toContain('先清空再完整发布');
    expect(readFileSync(join(out, 'units/xx-zhen/index.html'), 'utf8')).toBe(published);
    expect(files()).not.toContain('units/xx-zhen/stray.html');

    // The photo folder is the photo step's own: a photo file deleted by hand is put back as it
    // was, and a file put there by hand goes, without publishing everything else afresh.
    const photo = files().find((path) => path.startsWith('_photos/'))!;
    const bytes = readFileSync(join(out, photo));
    rmSync(join(out, photo));
    writeFileSync(join(out, '_photos/stray.webp'), 'not a photo');
    const photoFixed = build(env);
    expect(photoFixed).not.toContain('先清空再完整发布');
    expect(readFileSync(join(out, photo)).equals(bytes)).toBe(true);
    expect(files()).not.toContain('_photos/stray.webp');
  });
});
