// Which files the site publishes of a photo, and their names: the pages and the build's photo
// step both follow these rules, so they must agree on every name.
import { describe, expect, it } from 'vitest';
import { boardVariant, galleryVariants, photoVariant, srcsetOf, unitPhotoVariants, type PhotoSource } from '../../src/domain/photo-variants';

const landscape: PhotoSource = { digest: 'a1b2c3', width: 4000, height: 3000 };
const small: PhotoSource = { digest: 'd4e5f6', width: 500, height: 375 };

describe('photo variants', () => {
  it('names a file by the source digest, width and quality only', () => {
    expect(photoVariant(landscape, 640, 80)).toEqual({ file: 'a1b2c3-640w-q80.webp', width: 640, height: 480, quality: 80 });
  });

  it('never enlarges: a small photo is published at its own width, once per width it can serve', () => {
    expect(galleryVariants(small).map((variant) => variant.width)).toEqual([320, 500]);
    expect(boardVariant(small)).toMatchObject({ width: 500, height: 375 });
    expect(galleryVariants(landscape).map((variant) => [variant.width, variant.height])).toEqual([
      [320, 240],
      [640, 480],
      [960, 720],
    ]);
  });

  it('publishes gallery files for every photo and board files only for photos a board may show', () => {
    const photos = [
      { source: landscape, people: false, consent: false },
      { source: small, people: true, consent: false },
    ];
    const files = unitPhotoVariants(photos).map(({ photo, variant }) => `${photo.source.digest}:${variant.file}`);
    expect(files).toContain('a1b2c3:a1b2c3-3000w-q90.webp');
    expect(files.filter((file) => file.startsWith('d4e5f6:'))).toEqual(['d4e5f6:d4e5f6-320w-q80.webp', 'd4e5f6:d4e5f6-500w-q80.webp']);
  });

  it('writes a srcset of the files under a folder URL', () => {
    expect(srcsetOf(galleryVariants(small), '/site/_photos/')).toBe('/site/_photos/d4e5f6-320w-q80.webp 320w, /site/_photos/d4e5f6-500w-q80.webp 500w');
  });
});
