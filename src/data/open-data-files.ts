// The catalogue of open-data files for the 数据下载 page: what each file holds, its columns,
// how many rows and how large it is, measured from the same text the file is built from.
import { investmentRows, rollEntries, timelineEntries } from './aggregates';
import { eventsCsv, honorsCsv, investmentsCsv, unitsJson } from './open-data';
import { href } from './paths';
import type { UnitView } from './site-data';

export interface OpenDataColumn {
  name: string;
  meaning: string;
}

export interface OpenDataFile {
  /** File name under data/: honors.csv. */
  name: string;
  /** Site path of the file. */
  path: string;
  title: string;
  format: string;
  description: string;
  columns: OpenDataColumn[];
  /** Rows (CSV) or units (JSON). */
  rows: number;
  rowLabel: string;
  bytes: number;
}

const SOURCE: OpenDataColumn = { name: '出处', meaning: '这一行取自的材料段落的网址，可点开核对原文' };
const UNIT: OpenDataColumn[] = [
  { name: '单位', meaning: '单位全称' },
  { name: '网址名', meaning: '单位页面网址中的名称（/units/网址名/）' },
];
const CSV_FORMAT = 'CSV 表格，UTF-8 编码，Excel 可直接打开';

export function openDataFiles(units: readonly UnitView[]): OpenDataFile[] {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  return [
    {
      name: 'units.json',
      title: '全部单位资料',
      format: 'JSON，供程序使用',
      description: '每个单位的名称、类型、地区、网址、当前称号、主要数字、称号历史、荣誉、大事、投入（含原文金额、数值和界限）和各份材料的网址。',
      columns: [],
      rows: units.length,
      rowLabel: '个单位',
      bytes: bytes(unitsJson(units)),
    },
    {
      name: 'honors.csv',
      title: '称号与荣誉',
      format: CSV_FORMAT,
      description: '各单位的文明单位称号（申报、命名、复查等）和获得的荣誉，每项一行。',
      columns: [
        ...UNIT,
        { name: '类型', meaning: '称号 或 荣誉' },
        { name: '年份、截止年份', meaning: '“连续四年”这类跨年荣誉写起止两年；年份不详时留空' },
        { name: '级别', meaning: '全国、省级、市级、县级、区级' },
        { name: '名称、状态、授予单位、文号', meaning: '照材料填写；没有的留空' },
        SOURCE,
      ],
      rows: rollEntries(units).length,
      rowLabel: '行',
      bytes: bytes(honorsCsv(units)),
    },
    {
      name: 'investments.csv',
      title: '创建投入',
      format: CSV_FORMAT,
      description: '材料中写到的各项投入，金额照原文保留。不同种类的钱（创建经费、争取的项目资金、捐款）不要相加。',
      columns: [
        ...UNIT,
        { name: '年份、项目', meaning: '投入的年份和用途' },
        { name: '原文金额', meaning: '材料的原话，如“4万多元”' },
        { name: '数值、单位', meaning: '换算成的数字，如 40000 元' },
        { name: '界限', meaning: 'exact 确数，at-least 不少于（多、余、以上），at-most 不超过（近），about 约数' },
        SOURCE,
      ],
      rows: investmentRows(units).length,
      rowLabel: '行',
      bytes: bytes(investmentsCsv(units)),
    },
    {
      name: 'events.csv',
      title: '大事记',
      format: CSV_FORMAT,
      description: '时间轴上的每一项：大事、荣誉、称号变化和材料日期。',
      columns: [
        ...UNIT,
        { name: '类型', meaning: 'event 大事，honor 荣誉，title 称号，report 材料' },
        { name: '时间、归入年份', meaning: '照材料的精确程度写（只知年份时注明“月份不详”）' },
        { name: '内容', meaning: '这一项说了什么' },
        SOURCE,
      ],
      rows: timelineEntries(units).length,
      rowLabel: '行',
      bytes: bytes(eventsCsv(units)),
    },
  ].map((file) => ({ ...file, path: href(`data/${file.name}`) }));
}

/** 1234 → "1.2 KB"; sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
