// Browser tests need Debian's Chromium (installed by scripts/install.sh); say so plainly when missing.
import { existsSync } from 'node:fs';
import { chromiumPath, INSTALL_HINT } from '../../src/share/print/browser';

export const hasChromium = () => existsSync(chromiumPath());

export function requireChromium(): void {
  if (!hasChromium()) throw new Error(`Chromium is not at ${chromiumPath()}: ${INSTALL_HINT} (scripts/install.sh does this).`);
}
