#!/usr/bin/env node
// Generates the demo content's sample photos: abstract illustrations (gradients and simple
// shapes, no text, so no fonts are needed), never passed off as real photos: every caption in
// unit.yaml says 示意图（非实拍）. Deterministic: running it again writes the same files.
//
//   npx node scripts/make-sample-photos.mjs
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const unitsDir = join(root, 'content', 'units');
const WIDTH = 1200;
const HEIGHT = 800;
const QUALITY = 70;
const MAX_BYTES = 60 * 1024;

/** Palettes: [sky top, sky bottom, ground, accent, accent 2]. */
const PALETTES = {
  dawn: ['#f6d7a7', '#fbeee0', '#8fb996', '#c0392b', '#f1c40f'],
  noon: ['#7fb3d5', '#d6eaf8', '#7dcea0', '#a04000', '#f5b041'],
  dusk: ['#a569bd', '#f5cba7', '#6c8a72', '#922b21', '#f7dc6f'],
  mist: ['#aab7b8', '#eaeded', '#85929e', '#1f618d', '#d35400'],
};

/** A tiny seeded generator so every run draws the same shapes. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const background = ([top, bottom, ground]) => `
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <rect y="${HEIGHT * 0.72}" width="${WIDTH}" height="${HEIGHT * 0.28}" fill="${ground}"/>`;

/** 机关大院: an office block with rows of windows, a flagpole and round shrubs. */
function courtyard(palette, rand) {
  const [, , ground, accent, accent2] = palette;
  const x = 260;
  const y = 250;
  const w = 680;
  const h = 330;
  let windows = '';
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 9; col += 1) {
      const lit = rand() < 0.3;
      windows += `<rect x="${x + 30 + col * 72}" y="${y + 30 + row * 72}" width="44" height="44" rx="4" fill="${lit ? accent2 : '#d6dbdf'}" opacity="0.9"/>`;
    }
  }
  let shrubs = '';
  for (let i = 0; i < 9; i += 1) {
    const cx = 60 + i * 135 + rand() * 30;
    shrubs += `<circle cx="${cx}" cy="${HEIGHT * 0.74}" r="${28 + rand() * 22}" fill="${ground}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="4"/>`;
  }
  return `
    <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f4f6f7"/>
    <rect x="${x - 20}" y="${y - 24}" width="${w + 40}" height="28" fill="#b3b6b7"/>
    ${windows}
    <rect x="${x + w / 2 - 50}" y="${y + h - 90}" width="100" height="90" fill="#5d6d7e"/>
    <rect x="150" y="170" width="8" height="410" fill="#7b7d7d"/>
    <rect x="158" y="172" width="90" height="60" fill="${accent}"/>
    ${shrubs}`;
}

/** 文体活动: concentric rings and confetti-like dots, a stage under a canopy. */
function festival(palette, rand) {
  const [, , , accent, accent2] = palette;
  let dots = '';
  for (let i = 0; i < 70; i += 1) {
    const colour = [accent, accent2, '#2e86c1', '#28b463'][i % 4];
    dots += `<circle cx="${rand() * WIDTH}" cy="${rand() * HEIGHT * 0.55}" r="${4 + rand() * 10}" fill="${colour}" opacity="0.75"/>`;
  }
  let rings = '';
  for (let i = 5; i > 0; i -= 1) {
    rings += `<circle cx="600" cy="560" r="${i * 60}" fill="none" stroke="${i % 2 ? accent : accent2}" stroke-width="18" opacity="0.35"/>`;
  }
  return `
    ${rings}
    <polygon points="300,330 900,330 820,250 380,250" fill="${accent}"/>
    <rect x="320" y="330" width="560" height="230" fill="#fdfefe" opacity="0.85"/>
    <rect x="280" y="560" width="640" height="40" fill="#784212"/>
    ${dots}`;
}

/** 道路与场所: a road running into the distance between fields and small houses. */
function road(palette, rand) {
  const [, , ground, accent, accent2] = palette;
  let houses = '';
  for (let i = 0; i < 7; i += 1) {
    const side = i % 2 === 0 ? 80 + rand() * 300 : 780 + rand() * 300;
    const y = 540 + rand() * 60;
    const s = 50 + rand() * 40;
    houses += `<rect x="${side}" y="${y - s}" width="${s * 1.4}" height="${s}" fill="#fbfcfc"/>
      <polygon points="${side - 8},${y - s} ${side + s * 0.7},${y - s * 1.6} ${side + s * 1.4 + 8},${y - s}" fill="${accent}"/>`;
  }
  let fields = '';
  for (let i = 0; i < 6; i += 1) {
    fields += `<rect x="0" y="${600 + i * 34}" width="${WIDTH}" height="16" fill="${i % 2 ? accent2 : ground}" opacity="0.35"/>`;
  }
  return `
    <circle cx="980" cy="170" r="80" fill="${accent2}" opacity="0.85"/>
    ${fields}
    <polygon points="560,576 640,576 940,${HEIGHT} 260,${HEIGHT}" fill="#566573"/>
    <polygon points="596,576 604,576 612,${HEIGHT} 588,${HEIGHT}" fill="#f9e79f"/>
    ${houses}`;
}

const SCENES = { courtyard, festival, road };

/** What each unit gets; the names are referred to by content/units/<folder>/unit.yaml. */
const PHOTOS = [
  { folder: 'xx-zhen', file: 'ji-guan-da-yuan.jpg', scene: 'courtyard', palette: 'noon', seed: 11 },
  { folder: 'xx-zhen', file: 'wen-ti-huo-dong.jpg', scene: 'festival', palette: 'dawn', seed: 12 },
  { folder: 'xx-zhen', file: 'cun-ji-gong-lu.jpg', scene: 'road', palette: 'mist', seed: 13 },
  { folder: 'yu-tang-zhen', file: 'ban-gong-lou.jpg', scene: 'courtyard', palette: 'dusk', seed: 21 },
  { folder: 'yu-tang-zhen', file: 'hong-ge-hui.jpg', scene: 'festival', palette: 'noon', seed: 22 },
  { folder: 'yu-tang-zhen', file: 'min-sheng-gong-cheng.jpg', scene: 'road', palette: 'dawn', seed: 23 },
  { folder: 'zhu-fang-gong-ji-jin', file: 'ji-guan.jpg', scene: 'courtyard', palette: 'mist', seed: 31 },
  { folder: 'zhu-fang-gong-ji-jin', file: 'chun-jie-lian-huan-hui.jpg', scene: 'festival', palette: 'dusk', seed: 32 },
];

async function render({ folder, file, scene, palette, seed }) {
  const colours = PALETTES[palette];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    ${background(colours)}${SCENES[scene](colours, random(seed))}</svg>`;
  const out = join(unitsDir, folder, 'photos', file);
  await mkdir(dirname(out), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: QUALITY, mozjpeg: true }).toFile(out);
  const { size } = await stat(out);
  if (size > MAX_BYTES) throw new Error(`${relative(root, out)} is ${size} bytes, over ${MAX_BYTES}`);
  console.log(`${relative(root, out)}  ${(size / 1024).toFixed(1)} KB`);
}

for (const photo of PHOTOS) await render(photo);
