// Images in reports (`![说明](./photos/a.jpg)`) are photos like those in unit.yaml and obey
// the same rules (image-file.ts): a file inside the unit's folder, a complete raster image
// under the size limit, and, where unit.yaml records that it shows people, their consent.
// A web address or a data: URL is refused: the site shows only its own, checked images.
import { dirname, resolve } from 'node:path';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { imageProblem } from './image-file';

interface PhotoEntry {
  file?: unknown;
  people?: unknown;
  consent?: unknown;
}

export async function checkReportImages({ units, options }: CheckContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const unit of units) {
    const yamlFile = unit.source.unit?.file;
    const photos = ((unit.source.unit?.data as { photos?: unknown } | undefined)?.photos ?? []) as PhotoEntry[];
    const withoutConsent = new Set(
      (Array.isArray(photos) ? photos : [])
        .filter((p) => typeof p?.file === 'string' && p.people === true && p.consent !== true)
        .map((p) => resolve(dirname(resolve(yamlFile ?? unit.source.dir)), p.file as string)),
    );
    for (const report of unit.reports) {
      for (const image of report.outline.images) {
        const at = { severity: 'error' as const, check: 'image', file: report.source.file, line: image.line, text: image.url };
        const address = image.url.trim();
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(address)) {
          findings.push({
            ...at,
            message: `报告中的图片 "${address.slice(0, 60)}" 不是单位文件夹中的文件（网址、data: 或绝对路径）`,
            hint: '把图片保存到该单位的 photos/ 文件夹，写成 ![图片说明](./photos/文件名.jpg)。',
          });
          continue;
        }
        const written = safeDecode(address.replace(/[?#].*$/, ''));
        const path = resolve(dirname(resolve(report.source.file)), written);
        const problem = await imageProblem(path, written, unit.source.dir, options.maxPhotoBytes);
        if (problem) {
          findings.push({ ...at, message: `报告中的图片：${problem.message}`, hint: problem.hint });
        } else if (withoutConsent.has(path)) {
          findings.push({
            ...at,
            message: `报告中的图片 "${written}" 在 unit.yaml 中登记为有可辨认的人，但没有记录本人同意（consent）`,
            hint: '取得照片中人员的同意后在 unit.yaml 的 photos 中写 consent: true，否则从报告中删去这张图片。',
          });
        }
      }
    }
  }
  return findings;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
