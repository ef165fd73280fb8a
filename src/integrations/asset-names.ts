// Published file names never carry a source file's name: a photo called 张三-身份证.jpg or
// 低保户王某家.jpg would otherwise put that name into a public URL (Vite names an asset
// `[name].[hash]`, and Astro names each transformed image after that asset). Images are named
// by their content hash alone; scripts and styles keep Astro's names.
import { extname } from 'node:path';

const IMAGE = /^\.(?:jpe?g|png|webp|avif|gif|tiff?|heic|heif|svg|bmp|ico)$/i;
/** Astro marks page-derived asset names with this; it is cut off as Astro does. */
const PAGE_MARK = '@_@';

export function assetFileNames(asset: { names?: readonly string[] }): string {
  const name = asset.names?.[0] ?? '';
  if (IMAGE.test(extname(name))) return '_astro/[hash][extname]';
  if (name.includes(PAGE_MARK)) return `_astro/${name.split(PAGE_MARK)[0]}.[hash][extname]`;
  return '_astro/[name].[hash][extname]';
}

/** The Vite options that apply it in every environment Astro builds. */
export const assetNamingVite = {
  build: { rolldownOptions: { output: { assetFileNames } } },
  environments: {
    client: { build: { rolldownOptions: { output: { assetFileNames } } } },
    prerender: { build: { rolldownOptions: { output: { assetFileNames } } } },
    ssr: { build: { rolldownOptions: { output: { assetFileNames } } } },
  },
};
