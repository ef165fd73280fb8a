// The benchmark: generates a synthetic site, builds it with Showcase (cold, then warm after
// one unit's text changed) and with a bare Astro project (bench/bare/) from the same corpus,
// prints a table and the budgets as PASS/MISS lines, and writes JSON.
//
//   npm run bench -- --units 1000 --photos 4 [--photo-size 4000x3000] [--out bench-out/]
//                    [--json FILE] [--name NAME] [--seed 1] [--skip-bare] [--skip-warm] [--keep]
//   npm run bench:smoke
//
// It exits non-zero only when the run itself fails (generation or a build); budget misses
// are reported, not fatal. See README.md, "Benchmark".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { editOneUnit, generateSite, type GeneratedSite } from './generate.ts';
import { analyzeDist, ASTRO_BIN, folderBytes, indexSourcePhotos, runBuild, type BuildRun, type DistStats } from './measure.ts';

/** JavaScript a page may load for small enhancements (reading preferences and the like), gzip bytes. */
const SMALL_JS_GZIP = 1024;
const ROOT = resolve(import.meta.dirname, '..');
const BARE_ROOT = join(ROOT, 'bench', 'bare');

const USAGE = `Usage: npm run bench -- [options]

  --units N          units in the synthetic site (default 1000)
  --photos M         photos per unit (default 0)
  --photo-size WxH   size of the generated photos (default 4000x3000, a 12 MP phone photo)
  --seed S           seed of the generator (default 1); the same seed writes the same site
  --out DIR          working folder (default bench-out/); generated photos are kept in DIR/.photo-pool
  --name NAME        name of this run (default <units>u-<photos>p)
  --json FILE        where to write the results (default DIR/NAME/results.json)
  --skip-bare        do not build the bare Astro baseline
  --skip-warm        no warm rebuild after a one-unit text edit
  --keep             keep the generated site, dist/ folders and caches (default: removed after the run)
  --help             this text
`;

interface Budget {
  id: string;
  text: string;
  status: 'PASS' | 'MISS' | 'n/a';
  measured: string;
  note?: string;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sec = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

function table(rows: string[][]): string {
  const widths: number[] = [];
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows
    .map((row, r) => {
      const line = row
        .map((cell, i) => (i === 0 ? cell + ' '.repeat((widths[i] ?? 0) - width(cell)) : ' '.repeat((widths[i] ?? 0) - width(cell)) + cell))
        .join('  ');
      return r === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** A digest of what decides the build (src/, astro.config.mjs, package-lock.json), to tell runs of different code apart. */
async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.push(full);
    }
  };
  await walk(join(ROOT, 'src'));
  files.push(join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json'));
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    hash.update(relative(ROOT, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function astroVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(dirname(ASTRO_BIN), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: '1000' },
      photos: { type: 'string', default: '0' },
      'photo-size': { type: 'string', default: '4000x3000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-out' },
      name: { type: 'string' },
      json: { type: 'string' },
      'skip-bare': { type: 'boolean', default: false },
      'skip-warm': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const units = Number(values.units);
  const photos = Number(values.photos);
  const [photoWidth, photoHeight] = values['photo-size'].split('x').map(Number);
  const seed = Number(values.seed);
  if (!Number.isInteger(units) || units < 1 || !Number.isInteger(photos) || photos < 0 || !photoWidth || !photoHeight || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const name = values.name ?? `${units}u-${photos}p`;
  const out = resolve(values.out);
  const runDir = join(out, name);
  const contentDir = join(runDir, 'site');
  const logs = join(runDir, 'logs');
  const jsonFile = resolve(values.json ?? join(runDir, 'results.json'));
  const base = process.env['SHOWCASE_BASE'] ?? '/';
  const dirs = {
    showcaseDist: join(runDir, 'dist-showcase'),
    showcaseCache: join(runDir, 'cache-showcase'),
    bareDist: join(runDir, 'dist-bare'),
    bareCache: join(runDir, 'cache-bare'),
  };
  await rm(runDir, { recursive: true, force: true });
  await mkdir(logs, { recursive: true });
  // Taken before building: others may edit the code while a long run goes on.
  const digest = await sourceDigest();
  const say = (line: string) => console.log(line);
  say(
    `bench ${name}: ${units} units × ${photos} photo(s)${photos ? ` of ${photoWidth}×${photoHeight}` : ''}, seed ${seed}, in ${relative(ROOT, runDir) || runDir}`,
  );

  // 1. The corpus.
  say('generating the site …');
  const site: GeneratedSite = await generateSite({
    contentDir,
    units,
    photosPerUnit: photos,
    photoWidth,
    photoHeight,
    seed,
    photoCacheDir: join(out, '.photo-pool'),
    log: say,
  });
  say(
    `  ${site.folders.length} units, reports ${site.reportCharacters.min}–${site.reportCharacters.max} characters (median ${site.reportCharacters.median}), ${site.photos} photos (${mb(site.photoBytes)}), ${sec(site.generateMs)}`,
  );

  const builds: Record<string, BuildRun> = {};
  // cold: no cache, no output; warm: the cache and the output folder as the last build left
  // them, as on the office's machine; emptied: the cache kept but the output folder gone, as
  // on a CI runner that restores only the cache.
  const build = async (key: string, label: string, which: 'showcase' | 'bare', start: 'cold' | 'warm' | 'emptied') => {
    const dist = which === 'showcase' ? dirs.showcaseDist : dirs.bareDist;
    const cache = which === 'showcase' ? dirs.showcaseCache : dirs.bareCache;
    if (start !== 'warm') await rm(dist, { recursive: true, force: true });
    if (start === 'cold') await rm(cache, { recursive: true, force: true });
    // The last build's files (a cold build with photos writes gigabytes) go to disk first, so
    // that writing them back is not charged to this build: a republish comes long after.
    execFileSync('sync');
    say(`building: ${label} …`);
    const run = await runBuild({
      label,
      cwd: ROOT,
      args: which === 'bare' ? ['--root', BARE_ROOT] : [],
      env: { SHOWCASE_CONTENT_DIR: contentDir, SHOWCASE_OUT_DIR: dist, SHOWCASE_CACHE_DIR: cache },
      logFile: join(logs, `${key}.log`),
    });
    builds[key] = run;
    say(
      `  ${run.ok ? 'ok' : `FAILED (exit ${run.exitCode})`} in ${sec(run.wallMs)}, peak ${mb(run.peakRssBytes)}${run.photos.total ? `, photos encoded ${run.photos.encoded}, from cache ${run.photos.reused}` : ''}`,
    );
    if (!run.ok) {
      console.error(run.tail.join('\n'));
      throw new Error(`${label} failed; log: ${run.logFile}`);
    }
    return run;
  };

  let failed = false;
  let showcaseDist: DistStats | undefined;
  let bareDist: DistStats | undefined;
  let edited: string | undefined;
  let cacheBytes = 0;
  try {
    await build('showcaseCold', 'Showcase, cold', 'showcase', 'cold');
    showcaseDist = await analyzeDist(dirs.showcaseDist, base, await indexSourcePhotos(contentDir));
    cacheBytes = await folderBytes(dirs.showcaseCache);
    if (!values['skip-bare']) {
      await build('bareCold', 'bare Astro, cold', 'bare', 'cold');
      bareDist = await analyzeDist(dirs.bareDist, '/', new Map());
    }
    if (!values['skip-warm']) {
      const folder = site.folders[Math.floor(site.folders.length / 2)] ?? site.folders[0] ?? '';
      edited = relative(contentDir, await editOneUnit(contentDir, folder));
      say(`edited ${edited}`);
      await build('showcaseWarm', 'Showcase, warm (one unit edited)', 'showcase', 'warm');
      if (!values['skip-bare']) await build('bareWarm', 'bare Astro, warm (one unit edited)', 'bare', 'warm');
      // For information: the same republish into an empty output folder (every unchanged page
      // copied back from the cache).
      await editOneUnit(contentDir, folder);
      await build('showcaseEmptied', 'Showcase, warm into an empty dist/ (one unit edited again)', 'showcase', 'emptied');
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  }

  // 2. Figures.
  const cols = (['showcaseCold', 'showcaseWarm', 'showcaseEmptied', 'bareCold', 'bareWarm'] as const).filter((k) => builds[k]);
  const heads: Record<string, string> = {
    showcaseCold: 'Showcase cold',
    showcaseWarm: 'Showcase warm',
    showcaseEmptied: 'Showcase warm, empty dist/',
    bareCold: 'bare cold',
    bareWarm: 'bare warm',
  };
  const pagesOf = (key: string) => (key.startsWith('bare') ? bareDist?.htmlPages : showcaseDist?.htmlPages) ?? 0;
  const row = (label: string, f: (run: BuildRun, key: string) => string) => [label, ...cols.map((k) => f(builds[k] as BuildRun, k))];
  const buildTable = table([
    ['', ...cols.map((k) => heads[k] ?? k)],
    row('wall time', (r) => sec(r.wallMs)),
    row('pages (HTML files)', (_, k) => String(pagesOf(k))),
    row('pages per second', (r, k) => (pagesOf(k) / (r.wallMs / 1000)).toFixed(1)),
    row('peak memory (process tree)', (r) => mb(r.peakRssBytes)),
    row('images encoded', (r) => String(r.photos.encoded)),
    row('images from cache', (r) => String(r.photos.reused)),
    row('  start-up', (r) => sec(r.phases.startupMs)),
    row('  content sync', (r) => sec(r.phases.contentMs)),
    row('  types and build info', (r) => sec(r.phases.setupMs)),
    row('  bundling (Vite)', (r) => sec(r.phases.bundleMs)),
    row('  rendering pages', (r) => sec(r.phases.renderMs)),
    row('  images', (r) => sec(r.phases.imagesMs)),
    row('  photos (in finish)', (r) => sec(r.phases.photosMs)),
    row('  after images, to exit', (r) => sec(r.phases.finishMs)),
    ...['startup', 'content', 'setup', 'bundle', 'render', 'images', 'finish'].map((phase) =>
      row(`  peak memory in ${phase}`, (r) => (r.peakTreeRssByPhase[phase] ? mb(r.peakTreeRssByPhase[phase]) : '–')),
    ),
    row('dist/ size', (_, k) => mb((k.startsWith('bare') ? bareDist?.totalBytes : showcaseDist?.totalBytes) ?? 0)),
  ]);
  say(`\n${buildTable}`);
  if (showcaseDist) {
    say(
      `\nShowcase pages by type (gzip level 9; HTML+CSS = the page plus the stylesheets it links; JS = scripts it loads)\n${table([
        ['type', 'pages', 'HTML+CSS median', 'HTML+CSS max', 'JS median', 'JS max', 'JS max gzip', 'of it search'],
        ...showcaseDist.types.map((t) => [
          t.type,
          String(t.pages),
          kb(t.htmlCssGzip.median),
          kb(t.htmlCssGzip.max),
          `${t.js.median} B`,
          `${t.js.max} B`,
          `${t.jsGzip.max} B`,
          `${t.searchJsMax} B`,
        ]),
      ])}`,
    );
    const cold = builds['showcaseCold'];
    if (cold) {
      const rows = Object.entries(cold.renderByType).sort((a, b) => b[1].ms - a[1].ms);
      say(
        `\nShowcase cold: rendering time by page type (from the build log)\n${table([
          ['type', 'files', 'total', 'per file'],
          ...rows.map(([type, e]) => [type, String(e.pages), sec(e.ms), `${(e.ms / Math.max(1, e.pages)).toFixed(1)} ms`]),
        ])}`,
      );
    }
    const img = showcaseDist.images;
    say(`Showcase cache folder (SHOWCASE_CACHE_DIR) after the cold build: ${mb(cacheBytes)}`);
    say(
      `images in dist/: ${
        Object.entries(img.byFormat)
          .map(([f, n]) => `${n} ${f}`)
          .join(', ') || 'none'
      } (${mb(img.bytes)}), largest photo under _astro/ and _photos/ ${img.maxSide}px on its long side, originals copied: ${img.originalsCopied}`,
    );
  }

  // 3. Ratios and budgets.
  const ratio = (a?: BuildRun, b?: BuildRun) => (a && b ? a.wallMs / b.wallMs : undefined);
  const ratios = {
    coldShowcaseOverBare: ratio(builds['showcaseCold'], builds['bareCold']),
    warmShowcaseOverBareWarm: ratio(builds['showcaseWarm'], builds['bareWarm']),
    warmShowcaseOverBareCold: ratio(builds['showcaseWarm'], builds['bareCold']),
    emptiedShowcaseOverBareWarm: ratio(builds['showcaseEmptied'], builds['bareWarm']),
    warmOverCold: ratio(builds['showcaseWarm'], builds['showcaseCold']),
  };
  const fmt = (r: number | undefined) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
  say(
    `\nShowcase / bare: cold ${fmt(ratios.coldShowcaseOverBare)}, warm ${fmt(ratios.warmShowcaseOverBareWarm)} (warm Showcase / cold bare ${fmt(ratios.warmShowcaseOverBareCold)}; into an empty dist/ ${fmt(ratios.emptiedShowcaseOverBareWarm)}); Showcase warm / cold ${fmt(ratios.warmOverCold)}`,
  );

  const budgets: Budget[] = [];
  const scale = units === 1000 ? undefined : `budget is set for 1 000 units; this run has ${units}`;
  const check = (
    id: string,
    text: string,
    value: number | undefined,
    ok: (v: number) => boolean,
    measured: (v: number) => string,
    applies: boolean,
    note?: string,
  ) => {
    if (!applies || value === undefined) budgets.push({ id, text, status: 'n/a', measured: '—', ...(note ? { note } : {}) });
    else budgets.push({ id, text, status: ok(value) ? 'PASS' : 'MISS', measured: measured(value), ...(note ? { note } : {}) });
  };
  check(
    'cold-vs-bare',
    'without photos, full build ≤ 2.0× the bare Astro build',
    ratios.coldShowcaseOverBare,
    (v) => v <= 2.0,
    fmt,
    photos === 0,
    photos === 0 ? scale : 'run with --photos 0',
  );
  const warm = builds['showcaseWarm'];
  check(
    'warm-no-encode',
    'text edit: the rebuild encodes no photo again',
    warm?.photos.encoded,
    (v) => v === 0,
    (v) => `${v} encoded, ${warm?.photos.reused ?? 0} from cache`,
    photos > 0 && !!warm,
  );
  check(
    'warm-vs-bare',
    "one unit's text edited: the republish ≤ 1.0× the bare Astro rebuild (warm vs warm)",
    ratios.warmShowcaseOverBareWarm,
    (v) => v <= 1.0,
    fmt,
    !!warm,
    scale,
  );
  const peak = builds['showcaseCold']?.peakRssBytes;
  check(
    'memory',
    'peak memory ≤ 4 GB',
    peak,
    (v) => v <= 4 * 2 ** 30,
    gb,
    true,
    units >= 5000 ? undefined : `budget is set for 5 000 units; this run has ${units}`,
  );
  const unitType = showcaseDist?.types.find((t) => t.type === 'unit page');
  const noJsTypes = showcaseDist?.types.filter((t) => t.type === 'unit page' || /timeline|statistic|stats|honor|board/i.test(t.type)) ?? [];
  // "Search and small enhancements excepted": search's scripts do not count, and a page may
  // load at most SMALL_JS_GZIP bytes (gzip) of other JavaScript.
  const worstJs = Math.max(0, ...noJsTypes.map((t) => t.jsGzip.max - Math.min(t.jsGzip.max, t.searchJsMax)));
  const worstJsRaw = Math.max(0, ...noJsTypes.map((t) => t.js.max - t.searchJsMax));
  check(
    'no-js',
    `no JavaScript beyond search and small enhancements (≤ ${SMALL_JS_GZIP} B gzip) on ${noJsTypes.map((t) => t.type).join(', ') || 'unit pages'}`,
    showcaseDist ? worstJs : undefined,
    (v) => v <= SMALL_JS_GZIP,
    (v) => `largest ${worstJsRaw} B (${v} B gzip)`,
    !!showcaseDist,
  );
  check(
    'unit-page-size',
    'unit page HTML+CSS ≤ 30 KB gzip (largest page)',
    unitType?.htmlCssGzip.max,
    (v) => v <= 30 * 1024,
    (v) => `${kb(v)} (median ${kb(unitType?.htmlCssGzip.median ?? 0)}, ${unitType?.htmlCssGzip.maxPage ?? ''})`,
    !!unitType,
  );
  const img = showcaseDist?.images;
  check(
    'photos-webp',
    'photos: WebP/AVIF only, originals not copied at full size',
    img ? img.notModern + img.originalsCopied : undefined,
    (v) => v === 0,
    () =>
      `${img?.notModern ?? 0} non-WebP in _astro/ and _photos/, ${img?.originalsCopied ?? 0} originals copied; largest published photo ${img?.maxSide ?? 0}px on its long side` +
      ((img?.maxSide ?? 0) >= Math.max(photoWidth, photoHeight) ? ' (as large as the source: a full-size WebP)' : ''),
    photos > 0 && !!img,
  );
  say('\nBudgets');
  for (const b of budgets) say(`  ${b.status.padEnd(4)}  ${b.text}: ${b.measured}${b.note ? `  (${b.note})` : ''}`);

  // 4. JSON.
  const slim = (run: BuildRun) => {
    const { tail, logFile, ...rest } = run;
    return { ...rest, logFile: relative(ROOT, logFile), ...(run.ok ? {} : { tail }) };
  };
  const result = {
    schema: 1,
    name,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      astro: astroVersion(),
      platform: `${process.platform}-${process.arch}`,
      nodeOptions: process.env['NODE_OPTIONS'] ?? '',
    },
    sourceDigest: digest,
    options: { units, photosPerUnit: photos, photoSize: `${photoWidth}x${photoHeight}`, seed, bare: !values['skip-bare'], warm: !values['skip-warm'] },
    corpus: {
      units: site.folders.length,
      reportCharacters: site.reportCharacters,
      photos: site.photos,
      photoBytes: site.photoBytes,
      generateMs: site.generateMs,
      editedFile: edited ?? null,
    },
    builds: Object.fromEntries(Object.entries(builds).map(([k, v]) => [k, slim(v)])),
    cacheBytes,
    dist: { showcase: showcaseDist ?? null, bare: bareDist ? { totalBytes: bareDist.totalBytes, htmlPages: bareDist.htmlPages, types: bareDist.types } : null },
    ratios,
    budgets,
    failed,
  };
  await mkdir(dirname(jsonFile), { recursive: true });
  await writeFile(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  say(`\nresults: ${relative(process.cwd(), jsonFile)}; build logs: ${relative(process.cwd(), logs)}/`);

  if (!values.keep) {
    for (const dir of [contentDir, ...Object.values(dirs)]) await rm(dir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

if (!existsSync(ASTRO_BIN)) {
  console.error(`astro is not installed (${ASTRO_BIN}); run npm ci first`);
  process.exit(1);
}
process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
