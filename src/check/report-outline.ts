// The headings of a report body as the site will anchor them, and its links, from the body
// parsed as the site parses it (src/domain/report-text.ts, parseReportBody).
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createSectionIds } from '../domain/section-ids';

export interface OutlineHeading {
  id: string;
  text: string;
  line: number;
}

export interface BodyLink {
  url: string;
  line: number;
}

export interface BodyOutline {
  headings: OutlineHeading[];
  links: BodyLink[];
  /** Raw HTML, which the build removes. */
  html: { value: string; line: number }[];
  /** Images (`![](…)` and `![][ref]`), with the address as written. */
  images: BodyLink[];
  /** Link reference definitions (`[ref]: url`). */
  definitions: BodyLink[];
}

export function outlineOf(tree: Root, firstLine: number): BodyOutline {
  const idFor = createSectionIds();
  const headings: OutlineHeading[] = [];
  const links: BodyLink[] = [];
  const html: { value: string; line: number }[] = [];
  const images: BodyLink[] = [];
  const definitions: BodyLink[] = [];
  const definitionUrls = new Map<string, string>();
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + firstLine - 1;
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading') {
      const text = toString(node);
      headings.push({ id: idFor(text), text, line: lineOf(node as Heading) });
    } else if (node.type === 'link') {
      links.push({ url: (node as Link).url, line: lineOf(node as Link) });
    } else if (node.type === 'image') {
      images.push({ url: (node as unknown as { url: string }).url, line: lineOf(node as Heading) });
    } else if (node.type === 'imageReference') {
      images.push({ url: `\u0000ref:${(node as unknown as { identifier: string }).identifier}`, line: lineOf(node as Heading) });
    } else if (node.type === 'definition') {
      const { url, identifier } = node as unknown as { url: string; identifier: string };
      definitions.push({ url, line: lineOf(node as Heading) });
      definitionUrls.set(identifier, url);
    } else if (node.type === 'html') {
      html.push({ value: (node as unknown as { value: string }).value, line: lineOf(node as Heading) });
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(tree);
  // An image by reference takes its address from the definition, wherever that stands.
  const resolved = images.flatMap((image) => {
    if (!image.url.startsWith('\u0000ref:')) return [image];
    const url = definitionUrls.get(image.url.slice(5));
    return url === undefined ? [] : [{ ...image, url }];
  });
  return { headings, links, html, images: resolved, definitions };
}
