// Raw HTML in a report is removed when the site is built. Script, event handlers, frames and
// javascript: URLs are refused outright (someone tried to inject code, or pasted a web page
// carelessly); other HTML only draws a warning, so nobody expects it to show.
// Addresses are read as a browser reads them: character references decoded (&#106;avascript:),
// tabs, line breaks and control characters inside the scheme ignored (java&Tab;script:).
import { parseHTML } from 'linkedom';
import type { CheckContext } from '../context';
import type { Finding } from '../types';

const UNSAFE_HTML = /<\s*(script|iframe|object|embed|form|meta|link|style|base|svg|math)\b|\son[a-z]+\s*=|javascript:|vbscript:/i;
const UNSAFE_URL = /^(javascript|vbscript|data):/i;
const UNSAFE_ELEMENT = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'META', 'LINK', 'STYLE', 'BASE', 'SVG', 'MATH', 'FRAME', 'FRAMESET', 'APPLET']);
const URL_ATTRIBUTE = /^(?:href|src|action|formaction|xlink:href|data|poster|background|srcset|ping)$/i;

/** An address as a browser resolves its scheme: C0 controls and spaces around and inside it do not count. */
export function unsafeUrl(url: string): boolean {
  return UNSAFE_URL.test(url.replace(/[\u0000-\u0020\u007F-\u009F\u00AD\u200B-\u200D\uFEFF]/g, ''));
}

/** What in a piece of raw HTML could run code, decoded as a browser would; null when nothing. */
export function unsafeHtml(value: string): string | null {
  const raw = UNSAFE_HTML.exec(value);
  if (raw) return raw[0].trim();
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const holder = document.createElement('div');
  holder.innerHTML = value;
  for (const element of holder.querySelectorAll('*') as Iterable<{ tagName: string; attributes: Iterable<{ name: string; value: string }> }>) {
    if (UNSAFE_ELEMENT.has(element.tagName.toUpperCase())) return `<${element.tagName.toLowerCase()}>`;
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) return attribute.name;
      if (URL_ATTRIBUTE.test(attribute.name) && unsafeUrl(attribute.value)) return `${attribute.name}="${attribute.value.slice(0, 30)}"`;
    }
  }
  return null;
}

export function checkHtml({ units }: CheckContext): Finding[] {
  return units.flatMap((unit) =>
    unit.reports.flatMap((report) => [
      ...byLine(report.outline.html).map(({ value, line }): Finding => {
        const unsafe = unsafeHtml(value);
        return unsafe
          ? {
              severity: 'error',
              check: 'html',
              file: report.source.file,
              line,
              text: value.trim().slice(0, 80),
              message: `报告中含有不安全的代码 "${unsafe}"（脚本或事件处理）：${value.trim().slice(0, 60)}`,
              hint: '删除这段代码。报告只用 Markdown 写格式：## 标题、**加粗**、[链接文字](网址)。',
            }
          : {
              severity: 'warning',
              check: 'html',
              file: report.source.file,
              line,
              message: '报告中含有 HTML 代码，发布时会被删除（为防止恶意脚本）',
              hint: '用 Markdown 写格式：## 标题、**加粗**、[链接文字](网址)。',
            };
      }),
      ...[...report.outline.links, ...report.outline.definitions, ...report.outline.images]
        .filter((link) => unsafeUrl(link.url))
        .map((link): Finding => ({
          severity: 'error',
          check: 'html',
          file: report.source.file,
          line: link.line,
          text: link.url,
          message: `链接 "${link.url.slice(0, 60)}" 会执行代码，不允许发布`,
          hint: '链接只能指向 http(s) 网址或本站页面。',
        })),
    ]),
  );
}

/** Inline HTML arrives as pieces (`<span>`, `</span>`); one finding per line is enough. */
function byLine(html: readonly { value: string; line: number }[]): { value: string; line: number }[] {
  const lines = new Map<number, string>();
  for (const { value, line } of html) lines.set(line, `${lines.get(line) ?? ''}${value}`);
  return [...lines].map(([line, value]) => ({ line, value }));
}
