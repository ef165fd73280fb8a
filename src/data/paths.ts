// Site-relative URLs, with the configured base path. Pages link only through these.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path under the site's base: href('units/') → '/units/' or '/showcase/units/'. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const homePath = () => href();
export const unitsPath = () => href('units/');
export const unitPath = (slug: string) => href(`units/${slug}/`);
export const sectionPath = (slug: string, section: string) => `${unitPath(slug)}#${section}`;
