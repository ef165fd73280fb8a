// Raw HTML in a report never reaches dist/: no script, no event handler, no javascript: URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

const hostile = `${validReport}
<script>alert("xss")</script>

<img src="x" onerror="alert(1)">

<iframe src="https://evil.example"></iframe>

[点我](javascript:alert(1))

<a href="#" onclick="alert(2)">链接</a>

<div style="background:url(javascript:alert(3))">样式</div>
`;

it('strips hostile HTML from reports', () => {
  const result = astroBuild(writeContent({ 'ce-shi': { yaml: validUnitYaml, report: hostile } }));
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.outDir, 'units/ce-shi/index.html'), 'utf8');
  expect(html).toContain('正文');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/onerror|onclick/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toContain('alert(');
});
