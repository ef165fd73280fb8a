// Photos must exist inside the unit's folder, be complete raster images (no SVG), stay under
// the size limit (image-file.ts), and show people only with their consent.
import { dirname, resolve } from 'node:path';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { imageProblem } from './image-file';

interface PhotoEntry {
  file?: unknown;
  people?: boolean;
  consent?: boolean;
}

export async function checkPhotos({ units, options }: CheckContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const unit of units) {
    const yaml = unit.source.unit;
    const photos = ((yaml?.data as { photos?: unknown } | undefined)?.photos ?? []) as PhotoEntry[];
    if (!yaml || !Array.isArray(photos)) continue;
    for (const [index, photo] of photos.entries()) {
      if (typeof photo?.file !== 'string') continue;
      const field = `photos[${index}].file`;
      const line = yaml.lineOf(['photos', index, 'file']);
      const at = { file: yaml.file, field, ...(line === undefined ? {} : { line }), text: photo.file };
      const path = resolve(dirname(resolve(yaml.file)), photo.file);
      const problem = await imageProblem(path, photo.file, unit.source.dir, options.maxPhotoBytes);
      if (problem) findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: ${problem.message}`, hint: problem.hint });
      if (photo.people === true && photo.consent !== true) {
        const consentLine = yaml.lineOf(['photos', index, 'people']);
        findings.push({
          severity: 'error',
          check: 'photo',
          file: yaml.file,
          ...(consentLine === undefined ? {} : { line: consentLine }),
          field: `photos[${index}].consent`,
          text: photo.file,
          message: `photos[${index}]: 照片 "${photo.file}" 中有可辨认的人，但没有记录本人同意（consent）`,
          hint: '取得照片中人员的同意后写 consent: true；未成年人需监护人同意。否则换一张没有可辨认人物的照片。',
        });
      }
    }
  }
  return findings;
}
