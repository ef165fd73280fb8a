// Photos must exist, be readable images in a format browsers show, stay under the size limit,
// and show people only with their consent.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import sharp from 'sharp';
import type { CheckContext } from '../context';
import type { Finding } from '../types';

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
      if (!existsSync(path)) {
        findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: 找不到照片文件 "${photo.file}"（路径相对于 unit.yaml 所在文件夹）`, hint: '检查文件名和扩展名的大小写，或把照片放进该单位的 photos/ 文件夹。' });
        continue;
      }
      if (/^\.(heic|heif)$/i.test(extname(path))) {
        findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: "${photo.file}" 是苹果手机的 HEIC 格式，浏览器和构建工具都无法直接使用`, hint: '在手机上设置“相机 → 格式 → 兼容性最佳”后重拍，或用看图软件另存为 JPEG（.jpg）再引用。' });
        continue;
      }
      const bytes = statSync(path).size;
      if (bytes > options.maxPhotoBytes) {
        findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: "${photo.file}" 有 ${(bytes / 1048576).toFixed(1)} MB，超过 ${(options.maxPhotoBytes / 1048576).toFixed(0)} MB 的上限`, hint: '用看图软件把照片缩小到长边 4000 像素以内再保存。' });
      }
      try {
        const meta = await sharp(path).metadata();
        if (meta.format === 'heif') {
          findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: "${photo.file}" 实际是 HEIC/HEIF 格式（扩展名不符）`, hint: '另存为 JPEG（.jpg）再引用。' });
        }
      } catch {
        findings.push({ severity: 'error', check: 'photo', ...at, message: `${field}: "${photo.file}" 无法读取，文件可能已损坏或不是图片`, hint: '重新导出或拷贝这张照片。' });
      }
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
