// Everything the checks look at, parsed once.
import type { z } from 'astro/zod';
import type { reportSchema } from '../schemas/report';
import type { LoadedReport, LoadedUnit } from './load-content';
import type { BodyOutline } from './report-outline';
import type { Acknowledgement } from './types';

export interface CheckedReport {
  source: LoadedReport;
  /** The front matter as the schema read it; null when it did not pass. */
  data: z.output<typeof reportSchema> | null;
  /** What the build and the rules across units read of the front matter, known without parsing it again. */
  valid: boolean;
  draft: boolean;
  order: number;
  outline: BodyOutline;
}

export interface CheckedUnit {
  source: LoadedUnit;
  /** unit.yaml as the schema read it; null when it did not pass. */
  data: Record<string, unknown> | null;
  /** unit.yaml passed the schema (data is not null), known without parsing it again. */
  valid: boolean;
  slug: string | null;
  draft: boolean;
  reports: CheckedReport[];
  acknowledgements: Acknowledgement[];
}

export interface CheckOptions {
  /** Photos larger than this many bytes are refused. */
  maxPhotoBytes: number;
}

export interface CheckContext {
  units: CheckedUnit[];
  options: CheckOptions;
}
