// What makes an image file publishable, for unit.yaml photos and images in reports alike: it
// exists, lies inside the unit's folder (links resolved), is a raster format browsers show
// (never SVG, which can carry a script), stays under the size limit and decodes to the end (a
// truncated JPEG is published half grey).
import { lstatSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import sharp from 'sharp';
import { insideFolder } from '../read-source';

export interface ImageProblem {
  message: string;
  hint: string;
}

/** Formats the build turns into WebP; anything else is refused. */
const RASTER = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif']);

/** The first problem of the image at `path` (written as `written`), or null when it may be published. */
export async function imageProblem(path: string, written: string, unitDir: string, maxBytes: number): Promise<ImageProblem | null> {
  const link = lstatSync(path, { throwIfNoEntry: false });
  const target = statSync(path, { throwIfNoEntry: false });
  if (!link)
    return { message: `找不到图片文件 "${written}"（路径相对于所在文件的文件夹）`, hint: '检查文件名和扩展名的大小写，或把图片放进该单位的 photos/ 文件夹。' };
  if (!target)
    return { message: `"${written}" 是一个快捷方式（符号链接），它指向的文件不存在`, hint: '把真正的图片复制到该单位的 photos/ 文件夹，并删除这个快捷方式。' };
  if (!insideFolder(path, unitDir)) {
    return {
      message: `"${written}" 在单位文件夹之外${link.isSymbolicLink() ? '（快捷方式指向外部）' : ''}，不能发布`,
      hint: '发布的图片只能来自单位自己的文件夹：把图片复制到该单位的 photos/ 中，再引用 ./photos/文件名。',
    };
  }
  if (!target.isFile()) return { message: `"${written}" 不是图片文件（是一个文件夹）`, hint: '引用 photos/ 中的一张图片。' };
  const extension = extname(path).toLowerCase();
  if (extension === '.svg' || extension === '.svgz') return svgProblem(written);
  if (extension === '.heic' || extension === '.heif') {
    return {
      message: `"${written}" 是苹果手机的 HEIC 格式，浏览器和构建工具都无法直接使用`,
      hint: '在手机上设置“相机 → 格式 → 兼容性最佳”后重拍，或用看图软件另存为 JPEG（.jpg）再引用。',
    };
  }
  if (target.size > maxBytes) {
    return {
      message: `"${written}" 有 ${(target.size / 1048576).toFixed(1)} MB，超过 ${(maxBytes / 1048576).toFixed(0)} MB 的上限`,
      hint: '用看图软件把照片缩小到长边 4000 像素以内再保存。',
    };
  }
  let format: string | undefined;
  try {
    format = (await sharp(path).metadata()).format;
  } catch {
    return { message: `"${written}" 无法读取，文件可能已损坏或不是图片`, hint: '重新导出或拷贝这张照片。' };
  }
  if (format === 'svg') return svgProblem(written);
  if (format === 'heif') return { message: `"${written}" 实际是 HEIC/HEIF 格式（扩展名不符）`, hint: '另存为 JPEG（.jpg）再引用。' };
  if (!format || !RASTER.has(format)) return { message: `"${written}" 是 ${format ?? '未知'} 格式，网站不支持`, hint: '另存为 JPEG（.jpg）或 PNG 再引用。' };
  try {
    // Decode to the last byte (shrunk on load, so this is quick): a cut-off file fails here.
    await sharp(path, { failOn: 'truncated', animated: false }).resize(32).raw().toBuffer();
  } catch {
    return {
      message: `"${written}" 不完整（文件在传输或拷贝时被截断），发布后会显示半张灰色`,
      hint: '从相机或手机重新拷贝原图，确认能在看图软件中完整打开后再引用。',
    };
  }
  return null;
}

function svgProblem(written: string): ImageProblem {
  return { message: `"${written}" 是 SVG 矢量图：它可以携带脚本，不能作为照片发布`, hint: '用看图软件把它导出为 PNG 或 JPEG 再引用。' };
}
