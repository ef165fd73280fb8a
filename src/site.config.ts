// The one site configuration every page reads: site.yaml in the project folder (or the file
// SHOWCASE_SITE_FILE names), validated; deployment values may come from the environment
// (SHOWCASE_SITE_URL, SHOWCASE_BASE, …) so one checkout can publish to several hosts.
import { resolve } from 'node:path';
import { loadSiteSettings, type SiteSettings } from './settings/site-settings';

export type SiteConfig = SiteSettings;

/** The settings file in use. */
export const siteFile = resolve(process.env['SHOWCASE_SITE_FILE'] || 'site.yaml');

function load(): SiteConfig {
  const result = loadSiteSettings(siteFile);
  if (result.ok) return result.settings;
  // A settings mistake is the reader's to fix: say what and where, without a stack trace.
  process.stderr.write(`\n${result.message}\n\n`);
  process.exit(1);
}

export const siteConfig: SiteConfig = load();
