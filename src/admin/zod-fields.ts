// Editing-form fields (Decap/Sveltia CMS widgets) read off the Zod schemas of the content model,
// so the forms follow the model when a field is added: objects become groups, arrays lists,
// enums drop-downs, booleans switches, a photo's file an upload; what is neither optional nor
// defaulted is required. Labels come from FIELD_LABELS (the schemas carry no runtime labels).
import { z } from 'astro/zod';
import { photoFileSchema } from '../schemas/photo';
import { FIELD_LABELS, LONG_TEXT_FIELDS } from './field-labels';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  hint?: string;
  summary?: string;
  collapsed?: boolean;
  [key: string]: unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  values?: unknown[];
  defaultValue?: unknown;
  checks?: Array<{ _zod: { def: { check: string; format?: string } } }>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without its optional/default/pipe wrappers, and what the wrappers said. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let core = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const value = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      if (defaultValue === undefined) defaultValue = value;
    } else if (def.type !== 'pipe' && def.type !== 'readonly' && def.type !== 'catch') break;
    // A pipe is read by its input, except a preprocess (a transform piped into the real type):
    // the form edits what the transform leads to.
    const next = def.type === 'pipe' ? (def.in && defOf(def.in).type === 'transform' ? def.out : def.in) : def.innerType;
    if (!next) break;
    core = next;
  }
  // A null default (a one-off amount has period: null) is the editor's empty field, not a value.
  return defaultValue === undefined || defaultValue === null ? { core, optional } : { core, optional, defaultValue };
}

const label = (name: string) => FIELD_LABELS[name] ?? name;

/** One schema field as a CMS field. */
export function toCmsField(name: string, schema: z.ZodType): CmsField {
  const { core, optional, defaultValue } = unwrap(schema);
  const base: CmsField = { name, label: label(name), widget: 'string', required: !optional };
  // Plain values only: a default such as { other: [] } is the form's own empty state.
  if (defaultValue !== undefined && (typeof defaultValue !== 'object' || defaultValue === null)) base.default = defaultValue;
  if (core === photoFileSchema) return { ...base, widget: 'image' };
  const def = defOf(core);
  switch (def.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, default: base.default ?? false };
    case 'number': {
      const int = def.checks?.some((check) => check._zod.def.format === 'safeint' || check._zod.def.check === 'number_format');
      return { ...base, widget: 'number', value_type: int ? 'int' : 'float' };
    }
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { ...base, widget: 'select', options: (def.values ?? []).map(String) };
    case 'object':
      return { ...base, widget: 'object', collapsed: true, fields: objectFields(core) };
    case 'array': {
      const element = def.element ? unwrap(def.element).core : undefined;
      if (element && defOf(element).type === 'object') {
        const fields = objectFields(element);
        const first = fields.find((field) => field.widget === 'string' || field.widget === 'image');
        return { ...base, widget: 'list', collapsed: true, fields, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) };
      }
      return { ...base, widget: 'list', field: toCmsField(name, def.element ?? z.string()) };
    }
    default:
      // Strings and the unions of string and number (years, amounts, dates) are typed as text.
      return { ...base, widget: LONG_TEXT_FIELDS.has(name) ? 'text' : 'string' };
  }
}

/** The fields of an object schema (or of a pipe whose input is one), in schema order. */
export function objectFields(schema: z.ZodType): CmsField[] {
  const { core } = unwrap(schema);
  const shape = defOf(core).shape;
  if (!shape) throw new Error(`Not an object schema: ${defOf(core).type}`);
  return Object.entries(shape).map(([name, field]) => toCmsField(name, field));
}
