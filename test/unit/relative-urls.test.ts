import { describe, expect, it } from 'vitest';
import { relativeSrcset, relativeUrl, relativizeCss, relativizeHtml } from '../../src/offline/relative-urls';

describe('relativeUrl', () => {
  it('points folders at their index.html, relative to the file', () => {
    expect(relativeUrl('/units/xx-zhen/', 'units/yu-tang-zhen/index.html')).toBe('../xx-zhen/index.html');
    expect(relativeUrl('/', 'units/yu-tang-zhen/index.html')).toBe('../../index.html');
    expect(relativeUrl('/units/', 'index.html')).toBe('units/index.html');
    expect(relativeUrl('/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/units/xx-zhen', 'index.html')).toBe('units/xx-zhen/index.html');
  });

  it('keeps the fragment and the query', () => {
    expect(relativeUrl('/units/xx-zhen/#wei-rao', 'units/xx-zhen/index.html')).toBe('index.html#wei-rao');
    expect(relativeUrl('/search/?q=码头', 'index.html')).toBe('search/index.html?q=码头');
  });

  it('points files at themselves', () => {
    expect(relativeUrl('/_astro/a.webp', 'units/xx-zhen/index.html')).toBe('../../_astro/a.webp');
    expect(relativeUrl('/_astro/font.woff2', '_astro/site.css')).toBe('font.woff2');
    expect(relativeUrl('/data/units.json', '404.html')).toBe('data/units.json');
  });

  it('leaves absolute, protocol-relative, in-page, data and relative URLs alone', () => {
    for (const url of ['https://example.org/units/', '//cdn.example.org/a.js', '#main', 'data:image/png;base64,AA', 'mailto:a@b.cn', '../a/']) {
      expect(relativeUrl(url, 'units/a/index.html')).toBe(url);
    }
  });

  it('strips a sub-folder base and leaves paths outside it', () => {
    expect(relativeUrl('/showcase/units/a/', 'units/b/index.html', '/showcase')).toBe('../a/index.html');
    expect(relativeUrl('/showcase/', 'index.html', '/showcase/')).toBe('index.html');
    expect(relativeUrl('/other/', 'index.html', '/showcase/')).toBe('/other/');
  });
});

describe('relativizeHtml', () => {
  it('rewrites href, src, srcset and styles, and nothing else', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<link rel="canonical" href="https://example.org/units/a/">',
      '<a href="/units/b/#x">乙</a><a href="#top">顶</a>',
      '<img src="/_astro/p.webp" srcset="/_astro/p320.webp 320w, /_astro/p640.webp 640w" alt="/not/a/url">',
      '<style>.x{background:url(/_astro/bg.png)}</style>',
      '<div style="background-image: url(\'/_astro/c.png\')">/units/ in text</div>',
    ].join('');
    expect(relativizeHtml(html, 'units/a/index.html')).toBe(
      [
        '<link rel="stylesheet" href="../../_astro/a.css">',
        '<link rel="canonical" href="https://example.org/units/a/">',
        '<a href="../b/index.html#x">乙</a><a href="#top">顶</a>',
        '<img src="../../_astro/p.webp" srcset="../../_astro/p320.webp 320w, ../../_astro/p640.webp 640w" alt="/not/a/url">',
        '<style>.x{background:url(../../_astro/bg.png)}</style>',
        '<div style="background-image: url(\'../../_astro/c.png\')">/units/ in text</div>',
      ].join(''),
    );
  });
});

describe('relativeSrcset and relativizeCss', () => {
  it('keep descriptors and quotes', () => {
    expect(relativeSrcset('/a.webp 1x,/b.webp 2x', 'x/index.html')).toBe('../a.webp 1x,../b.webp 2x');
    expect(relativizeCss('@import "/_astro/b.css";src:url("/_astro/f.woff2")', '_astro/a.css')).toBe('@import "b.css";src:url("f.woff2")');
  });
});
