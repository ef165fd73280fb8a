// What a check reports: one finding per problem, precise enough to fix without searching.

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Which check found it: schema, slug, section, link, photo, placeholder, pii, html. */
  check: string;
  /** Path relative to the project, e.g. content/units/xx-zhen/unit.yaml. */
  file: string;
  line?: number;
  /** The field in unit.yaml or front matter, e.g. honors[2].section. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The exact text concerned (used to match acknowledgements). */
  text?: string;
  /** The sentence `text` stands in (placeholders, personal data). */
  sentence?: string;
  /** Pins this occurrence in this unit: what an acknowledgement records (src/check/acknowledge.ts). */
  digest?: string;
}

export interface Acknowledgement {
  kind: string;
  text: string;
  sentence: string;
  digest: string;
  reason: string;
}
