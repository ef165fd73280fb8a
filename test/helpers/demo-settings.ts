// The demo's own settings (site.yaml), so tests compare against the URL it sets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSiteSettings } from '../../src/settings/site-settings';

const file = resolve(import.meta.dirname, '../../site.yaml');
const result = parseSiteSettings(readFileSync(file, 'utf8'), file);
if (!result.ok || !result.settings.url) throw new Error(`The demo's site.yaml must set a URL:\n${result.ok ? '' : result.message}`);

/** The demo site's URL without a trailing slash: 'https://wenming.xxxian.example'. */
export const demoSite = result.settings.url.replace(/\/$/, '');
/** The same as people type it: 'wenming.xxxian.example'. */
export const demoHost = new URL(demoSite).host;
