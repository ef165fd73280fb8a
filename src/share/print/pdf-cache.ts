// Board PDFs are kept in the build cache, keyed by exactly what is printed: the board page as
// built (its stylesheets, images and fonts are named by content hash, so the HTML names them
// all), the sheet, the print options, the browser and whether the board font is installed.
// `showcase boards` after a one-unit edit prints that unit's boards and copies the others.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepFile } from '../../build-cache';

export interface PrintMeasures {
  overflow: boolean;
  emptyShare: number;
  placeholders: string[];
  lowResolution: { caption: string; ppi: number }[];
}

export interface PdfInputs {
  html: string;
  size: string;
  bleed: boolean;
  browser: string;
  fontInstalled: boolean | null;
}

const FORMAT = 1;

export function pdfKey(inputs: PdfInputs): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, inputs.size, inputs.bleed, inputs.browser, inputs.fontInstalled]))
    .update('\0')
    .update(inputs.html)
    .digest('hex');
}

export interface PdfCache {
  /** The kept PDF and what was measured when it was printed; null when none is kept. */
  find(key: string): Promise<{ pdf: string; measures: PrintMeasures } | null>;
  keep(key: string, pdf: string, measures: PrintMeasures): Promise<void>;
}

export function folderPdfCache(dir: string): PdfCache {
  const file = (key: string, ext: string) => join(dir, `${key}.${ext}`);
  return {
    async find(key) {
      const measures = await readFile(file(key, 'json'), 'utf8')
        .then((text) => JSON.parse(text) as PrintMeasures)
        .catch(() => null);
      return measures && existsSync(file(key, 'pdf')) ? { pdf: file(key, 'pdf'), measures } : null;
    },
    async keep(key, pdf, measures) {
      // The measures are written last, so a kept PDF always has its own.
      await keepFile(file(key, 'pdf'), await readFile(pdf));
      await keepFile(file(key, 'json'), JSON.stringify(measures));
    },
  };
}
