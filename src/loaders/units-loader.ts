// The glob loader for unit.yaml, plus the checks that need the entry's own path: a photo
// file that does not exist is reported with the unit.yaml and the field that names it
// (Astro's own image error names neither). Drafts enter without their photos.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError } from '../data/content-error';

type GlobOptions = Parameters<typeof glob>[0];

export function unitsLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'showcase-units',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) checkPhotoFiles(props.data, props.filePath);
          // A draft is never published, and Astro copies every photo a collection names into
          // the site: a draft's photos must not reach the build at all (showcase check still
          // reads them from the files).
          if (props.data['draft'] === true) return context.parseData({ ...props, data: { ...props.data, photos: [] } });
          return context.parseData(props);
        },
      }),
  };
}

function checkPhotoFiles(data: Record<string, unknown>, filePath: string): void {
  const photos = Array.isArray(data['photos']) ? data['photos'] : [];
  photos.forEach((photo: unknown, index) => {
    const file = typeof photo === 'object' && photo !== null ? (photo as Record<string, unknown>)['file'] : undefined;
    if (typeof file !== 'string' || /^[a-z]+:/i.test(file)) return;
    if (existsSync(resolve(dirname(filePath), file))) return;
    throw new ContentError(
      relative(process.cwd(), filePath),
      `photos[${index}].file`,
      `找不到照片文件 "${file}"（路径相对于 unit.yaml 所在文件夹）`,
      '检查文件名和扩展名的大小写，或把照片放进该单位的 photos/ 文件夹。',
    );
  });
}
