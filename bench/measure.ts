// Runs one `astro build` as a child process and measures it: wall time, peak memory of the
// whole process tree, the build's phases and its photo work (from Astro's log), then reads
// the output folder: size, pages by type, HTML+CSS gzip bytes and JavaScript per page.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
/** Astro's CLI, resolved like npx would. */
export const ASTRO_BIN = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const TIME_BIN = '/usr/bin/time';

export interface BuildPhases {
  /** From start to "[content] Syncing content": Node, Vite and config start-up. */
  startupMs?: number;
  /** Content layer sync (loaders, schemas, data store). */
  contentMs?: number;
  /** Type generation and build info up to the Vite bundle. */
  setupMs?: number;
  /** Vite/Rolldown bundling of the pages (server and client). */
  bundleMs?: number;
  /** Rendering every static route to HTML. */
  renderMs?: number;
  /** Image transforms (encoding or copying from the cache). */
  imagesMs?: number;
  /** The site's own photo step (src/integrations/photos.ts), part of the finish phase. */
  photosMs?: number;
  /** Everything after the images until the process exits (integrations such as a search index, clean-up). */
  finishMs?: number;
}

export interface BuildRun {
  label: string;
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Highest sum of VmRSS over the build's process tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Largest single process's maximum RSS, from /usr/bin/time -v (exact; 0 when unavailable). */
  peakProcessRssBytes: number;
  /** max of the two above: what the machine needed. */
  peakRssBytes: number;
  /** Highest process-tree RSS sampled in each phase (keys as in `phases`, without "Ms"): where the memory goes. */
  peakTreeRssByPhase: Record<string, number>;
  phases: BuildPhases;
  pagesLogged: number;
  /** Render time summed per page type (from the "├─ /path (+12ms)" log lines). */
  renderByType: Record<string, { pages: number; ms: number }>;
  photos: { encoded: number; reused: number; total: number };
  logFile: string;
  /** The last lines of output, for a failed build. */
  tail: string[];
}

function readTreeRss(root: number): number {
  // Children of every process, from /proc/<pid>/task/<tid>/children when the kernel has it,
  // otherwise by scanning /proc/*/stat for parent ids.
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const statText = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(statText.slice(statText.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The phase a build is in, from the log marks seen so far (the names of BuildPhases without "Ms"). */
function phaseAt(marks: Record<string, number>): string {
  if (marks['imagesEnd'] !== undefined || (marks['renderEnd'] !== undefined && marks['imagesStart'] === undefined)) return 'finish';
  if (marks['imagesStart'] !== undefined) return 'images';
  if (marks['renderStart'] !== undefined) return 'render';
  if (marks['bundleStart'] !== undefined) return 'bundle';
  if (marks['contentEnd'] !== undefined) return 'setup';
  if (marks['contentStart'] !== undefined) return 'content';
  return 'startup';
}

export interface BuildOptions {
  label: string;
  cwd: string;
  args: string[];
  env: Record<string, string>;
  logFile: string;
}

/** Spawns `node astro.mjs build …` (under /usr/bin/time -v when present) and measures it. */
export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  const haveTime = existsSync(TIME_BIN);
  const timeFile = `${options.logFile}.time`;
  const command = haveTime ? TIME_BIN : process.execPath;
  const args = haveTime ? ['-v', '-o', timeFile, process.execPath, ASTRO_BIN, 'build', ...options.args] : [ASTRO_BIN, 'build', ...options.args];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const canProc = process.platform === 'linux' && existsSync('/proc/self/status');
  let peakTree = 0;
  const peakByPhase: Record<string, number> = {};
  const marks: Record<string, number> = {};
  const sampler = canProc
    ? setInterval(() => {
        if (!child.pid) return;
        const rss = readTreeRss(child.pid);
        peakTree = Math.max(peakTree, rss);
        const phase = phaseAt(marks);
        peakByPhase[phase] = Math.max(peakByPhase[phase] ?? 0, rss);
      }, 100)
    : undefined;

  const mark = (name: string) => {
    marks[name] ??= performance.now() - started;
  };
  let encoded = 0;
  let reused = 0;
  let photosMs: number | undefined;
  let pagesLogged = 0;
  const renderByType: Record<string, { pages: number; ms: number }> = {};
  const tail: string[] = [];
  let section = '';
  const onLine = (line: string) => {
    log.write(`${line}\n`);
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (line.includes('[content] Syncing content')) mark('contentStart');
    else if (line.includes('[content] Synced content')) mark('contentEnd');
    else if (line.includes('Building static entrypoints') || line.includes('Building server entrypoints')) mark('bundleStart');
    else if (/generating static routes|prerendering static routes/.test(line)) {
      mark('renderStart');
      section = 'routes';
    } else if (line.includes('generating optimized images')) {
      mark('imagesStart');
      section = 'images';
    } else if (/✓ Completed in/.test(line) && section !== '') {
      mark(section === 'routes' ? 'renderEnd' : 'imagesEnd');
      section = '';
    } else if (/page\(s\) built in/.test(line)) mark('pagesBuilt');
    // The site's own photo step (src/integrations/photos.ts) sums up in one line.
    const photoStep = /照片：\d+ 个文件，新编码 (\d+) 个，从缓存复制 (\d+) 个，原样保留 (\d+) 个.*用时 ([\d.]+) 秒/.exec(line);
    if (photoStep) {
      encoded += Number(photoStep[1]);
      reused += Number(photoStep[2]) + Number(photoStep[3]);
      photosMs = Math.round(Number(photoStep[4]) * 1000);
    }
    if (line.includes('\u25B6')) {
      if (line.includes('(reused cache entry)') || line.includes('(revalidated cache entry)')) reused += 1;
      else if (line.includes('(before:')) encoded += 1;
    } else if (section === 'routes') {
      const route = /\u251C\u2500 (\S+)(?: \(\+([\d.]+)(ms|s)\))?/.exec(line);
      if (route?.[1]) {
        if (route[1].endsWith('.html')) pagesLogged += 1;
        const type = pageType(route[1].replace(/^\//, '').split('/').join(sep));
        const entry = (renderByType[type] ??= { pages: 0, ms: 0 });
        entry.pages += 1;
        entry.ms += route[2] ? Number(route[2]) * (route[3] === 's' ? 1000 : 1) : 0;
      }
    }
  };
  const pump = (stream: NodeJS.ReadableStream) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        onLine(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
      }
    });
    stream.on('end', () => {
      if (buffered) onLine(buffered);
    });
  };
  if (child.stdout) pump(child.stdout);
  if (child.stderr) pump(child.stderr);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('close', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  await new Promise<void>((resolve) => log.end(resolve));

  let peakProcess = 0;
  if (haveTime && existsSync(timeFile)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    if (match) peakProcess = Number(match[1]) * 1024;
  }
  const span = (from: string | number | undefined, to: string | number | undefined): number | undefined => {
    const a = typeof from === 'number' ? from : from === undefined ? undefined : marks[from];
    const b = typeof to === 'number' ? to : to === undefined ? undefined : marks[to];
    return a === undefined || b === undefined ? undefined : Math.round(b - a);
  };
  const phases: BuildPhases = {};
  const put = (key: keyof BuildPhases, value: number | undefined) => {
    if (value !== undefined) phases[key] = value;
  };
  put('startupMs', span(0, 'contentStart'));
  put('contentMs', span('contentStart', 'contentEnd'));
  put('setupMs', span('contentEnd', 'bundleStart'));
  put('bundleMs', span('bundleStart', 'renderStart'));
  put('renderMs', span('renderStart', 'renderEnd'));
  put('imagesMs', span('imagesStart', 'imagesEnd'));
  put('finishMs', span(marks['imagesEnd'] ?? marks['renderEnd'], wallMs));
  // Within the finish phase: the site's own photo step.
  put('photosMs', photosMs);
  return {
    label: options.label,
    ok: exitCode === 0,
    exitCode,
    wallMs: Math.round(wallMs),
    peakTreeRssBytes: peakTree,
    peakProcessRssBytes: peakProcess,
    peakRssBytes: Math.max(peakTree, peakProcess),
    peakTreeRssByPhase: peakByPhase,
    phases,
    pagesLogged,
    renderByType,
    photos: { encoded, reused, total: encoded + reused },
    logFile: options.logFile,
    tail,
  };
}

// ---------------------------------------------------------------------------------------
// The output folder

export interface SizeStats {
  pages: number;
  median: number;
  max: number;
  /** The page with the largest value, relative to the output folder. */
  maxPage: string;
}

export interface PageTypeStats {
  type: string;
  pages: number;
  /** gzip bytes of the HTML plus the stylesheets it links. */
  htmlCssGzip: SizeStats;
  /** JavaScript the page loads (script files + inline scripts), raw bytes. */
  js: SizeStats;
  /** Same, gzip bytes. */
  jsGzip: SizeStats;
  /** JavaScript that belongs to search (Pagefind), raw bytes, largest page. */
  searchJsMax: number;
}

export interface DistStats {
  totalBytes: number;
  files: number;
  htmlPages: number;
  types: PageTypeStats[];
  images: {
    /** Count of image files by extension. */
    byFormat: Record<string, number>;
    bytes: number;
    /** Longest side of the largest image under _astro/ (Astro's processed images). */
    maxSide: number;
    /** Output files byte-identical to a source photo (originals copied). */
    originalsCopied: number;
    /** Images under _astro/ (Astro's processed assets) that are not WebP or AVIF. */
    notModern: number;
  };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * Page type by path: home, units index, unit page, 404; pages deeper under units/<slug>/
 * are "unit subpage"; any other top-level folder is its own type (timeline/, honors/…).
 */
export function pageType(rel: string): string {
  const parts = rel.split(sep).join('/').split('/');
  if (parts.length === 1) {
    if (parts[0] === 'index.html') return 'home';
    if (parts[0] === '404.html') return '404';
    return parts[0]?.replace(/\.html$/, '') ?? 'other';
  }
  if (parts[0] === 'units') {
    if (parts.length === 2) return 'units index';
    if (parts.length === 3) return 'unit page';
    return 'unit subpage';
  }
  return parts[0] ?? 'other';
}

function stats(values: Array<{ value: number; page: string }>): SizeStats {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const top = sorted.at(-1);
  return {
    pages: sorted.length,
    median: sorted[Math.floor((sorted.length - 1) / 2)]?.value ?? 0,
    max: top?.value ?? 0,
    maxPage: top?.page ?? '',
  };
}

const gzipLength = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Reads attributes of a tag's opening text. */
function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Reads the output folder. `base` is the site's base path ("/" or "/sub"). `sourcePhotoSizes` detects copied originals. */
export async function analyzeDist(outDir: string, base: string, sourcePhotos: ReadonlyMap<number, string[]>): Promise<DistStats> {
  const files = await walk(outDir);
  let totalBytes = 0;
  const sizes = new Map<string, number>();
  for (const file of files) {
    const { size } = await stat(file);
    sizes.set(file, size);
    totalBytes += size;
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const assetCache = new Map<string, { raw: number; gzip: number }>();
  const asset = async (href: string, from: string): Promise<{ raw: number; gzip: number } | undefined> => {
    if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return undefined;
    const clean = href.split(/[?#]/)[0] ?? href;
    const path = clean.startsWith('/') ? join(outDir, clean.startsWith(prefix) ? clean.slice(prefix.length) : clean.slice(1)) : join(dirname(from), clean);
    let cached = assetCache.get(path);
    if (!cached) {
      try {
        const data = await readFile(path);
        cached = { raw: data.length, gzip: gzipLength(data) };
      } catch {
        cached = { raw: 0, gzip: 0 };
      }
      assetCache.set(path, cached);
    }
    return cached;
  };

  const byType = new Map<
    string,
    {
      htmlCss: Array<{ value: number; page: string }>;
      js: Array<{ value: number; page: string }>;
      jsGzip: Array<{ value: number; page: string }>;
      searchJs: number;
    }
  >();
  let htmlPages = 0;
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    htmlPages += 1;
    const rel = relative(outDir, file);
    const html = await readFile(file, 'utf8');
    let htmlCss = gzipLength(html);
    let js = 0;
    let jsGzip = 0;
    let searchJs = 0;
    for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
      const tag = match[0];
      const rel_ = (attr(tag, 'rel') ?? '').toLowerCase();
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel_.split(/\s+/).includes('stylesheet')) htmlCss += (await asset(href, file))?.gzip ?? 0;
      else if (rel_ === 'modulepreload') {
        const size = await asset(href, file);
        js += size?.raw ?? 0;
        jsGzip += size?.gzip ?? 0;
      }
    }
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const tag = `<script${match[1] ?? ''}>`;
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      if (type.includes('json')) continue;
      const src = attr(tag, 'src');
      const size = src ? await asset(src, file) : { raw: Buffer.byteLength(match[2] ?? ''), gzip: gzipLength(match[2] ?? '') };
      const isSearch = /pagefind/i.test(src ?? match[2] ?? '');
      if (isSearch) searchJs += size?.raw ?? 0;
      js += size?.raw ?? 0;
      jsGzip += size?.gzip ?? 0;
    }
    const type = pageType(rel);
    const entry = byType.get(type) ?? { htmlCss: [], js: [], jsGzip: [], searchJs: 0 };
    entry.htmlCss.push({ value: htmlCss, page: rel });
    entry.js.push({ value: js, page: rel });
    entry.jsGzip.push({ value: jsGzip, page: rel });
    entry.searchJs = Math.max(entry.searchJs, searchJs);
    byType.set(type, entry);
  }
  const order = ['home', 'units index', 'unit page', 'unit subpage', '404'];
  const types = [...byType.entries()]
    .map(([type, e]) => ({ type, pages: e.htmlCss.length, htmlCssGzip: stats(e.htmlCss), js: stats(e.js), jsGzip: stats(e.jsGzip), searchJsMax: e.searchJs }))
    .sort((a, b) => (order.indexOf(a.type) + 1 || 99) - (order.indexOf(b.type) + 1 || 99) || a.type.localeCompare(b.type));

  // Images: formats, the widest one, and byte-identical copies of source photos.
  const imageExt = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.heic', '.tif', '.tiff']);
  const byFormat: Record<string, number> = {};
  let imageBytes = 0;
  let maxSide = 0;
  let originalsCopied = 0;
  let notModern = 0;
  const sharp = (await import('sharp')).default;
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (!imageExt.has(ext)) continue;
    byFormat[ext.slice(1)] = (byFormat[ext.slice(1)] ?? 0) + 1;
    const size = sizes.get(file) ?? 0;
    imageBytes += size;
    const folder = relative(outDir, file).split(sep)[0] ?? '';
    const photoFolder = folder === '_astro' || folder === '_photos';
    if (photoFolder && ext !== '.webp' && ext !== '.avif') notModern += 1;
    // Photos published (unit photos under _photos/, report images under _astro/); generated cards and icons elsewhere do not count.
    if (photoFolder) {
      try {
        const meta = await sharp(file).metadata();
        maxSide = Math.max(maxSide, meta.width ?? 0, meta.height ?? 0);
      } catch {
        // Not an image sharp reads.
      }
    }
    const candidates = sourcePhotos.get(size);
    if (candidates) {
      const data = await readFile(file);
      for (const candidate of candidates) {
        if (data.equals(await readFile(candidate))) {
          originalsCopied += 1;
          break;
        }
      }
    }
  }
  return { totalBytes, files: files.length, htmlPages, types, images: { byFormat, bytes: imageBytes, maxSide, originalsCopied, notModern } };
}

/** Total bytes of the files under a folder (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const file of await walk(dir)) total += (await stat(file)).size;
  return total;
}

/** Source photos by byte size, to spot originals copied into the output. */
export async function indexSourcePhotos(contentDir: string): Promise<Map<number, string[]>> {
  const index = new Map<number, string[]>();
  const unitsDir = join(contentDir, 'units');
  if (!existsSync(unitsDir)) return index;
  for (const file of await walk(unitsDir)) {
    if (!/\.(jpe?g|png|webp|heic)$/i.test(file)) continue;
    const { size } = await stat(file);
    const list = index.get(size) ?? [];
    list.push(file);
    index.set(size, list);
  }
  return index;
}
