import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { elements, parseCsv, parseXml } from '../lib/export/helpers.ts';
import { ds, expectedSummary, PRESETS } from './dataset.ts';
import { firstFrame } from './ready.ts';

const GEXF_NS = 'http://gexf.net/1.3';
const NAMES = ds.nodes.filter((n) => n.kind === 'person').flatMap((p) => [p.name, ...p.aliases]);

/** Choose one "Share & export" item and wait for the file it saves. */
async function exportFile(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Share & export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const d: Download = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** The count "Showing N of M nodes" in the filter summary (all nodes: "Showing all M nodes"). */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('filter-summary').textContent()) ?? '';
  const m = /Showing (?:all )?(\d+)/.exec(text);
  if (!m?.[1]) throw new Error(`no count in the summary "${text}"`);
  return Number(m[1]);
}

test('CSV: one row per shown node, following the filter, the context rows marked', async ({
  page,
}) => {
  await page.goto('./');
  await firstFrame(page);
  const all = await shownCount(page);
  expect(all).toBe(ds.nodes.length);
  const csv = await exportFile(page, /^CSV/);
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(rows.length - 1).toBe(all);
  expect(rows[0]).toContain('name');
  expect(rows[0]).toContain('group');
  expect(rows[0]).toContain('citations');

  await page.goto('./?group=diaspora');
  const diaspora = expectedSummary(PRESETS.diaspora);
  expect(await shownCount(page)).toBe(diaspora.count);
  const file = await exportFile(page, /^CSV/);
  // The file name carries the count of what matches, the number a reader would quote.
  expect(file.name).toContain(`-${diaspora.count}-of-${ds.nodes.length}-nodes-group-diaspora-`);
  const filtered = parseCsv(file.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(filtered.length - 1).toBe(diaspora.shown);
  // Diaspora groups, marked as matches; what has no group (the letters they signed, their
  // leaders) marked as context.
  const group = filtered[0]!.indexOf('group');
  const shownAs = filtered[0]!.indexOf('shown_as');
  const body = filtered.slice(1);
  expect(body.filter((r) => r[shownAs] === 'match').length).toBe(diaspora.count);
  expect(body.filter((r) => r[shownAs] === 'context').length).toBe(diaspora.context);
  for (const r of body) expect(r[group]).toBe(r[shownAs] === 'match' ? 'diaspora' : '');
});

test('GEXF parses with a real XML parser and has one node per shown node', async ({ page }) => {
  await page.goto('./?group=diaspora');
  const gexf = await exportFile(page, /^GEXF/);
  expect(gexf.name).toMatch(/\.gexf$/);
  const { doc, errors } = parseXml(gexf.bytes.toString('utf8'));
  expect(errors).toEqual([]);
  expect(elements(doc, GEXF_NS, 'node')).toHaveLength(expectedSummary(PRESETS.diaspora).shown);
});

test('PNG is a real PNG at twice the SVG size', async ({ page }) => {
  await page.goto('./');
  await firstFrame(page);
  const svg = await exportFile(page, /^SVG/);
  const svgText = svg.bytes.toString('utf8');
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svgText)?.[1]);
  const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svgText)?.[1]);
  expect(width).toBe(1280);
  const png = await exportFile(page, /^PNG/);
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
  expect(png.bytes.readUInt32BE(20)).toBe(2 * height);
});

test('with anon=1 no person is named in the CSV or the SVG', async ({ page }) => {
  await page.goto('./?anon=1');
  const csv = (await exportFile(page, /^CSV/)).bytes.toString('utf8');
  const svg = (await exportFile(page, /^SVG/)).bytes.toString('utf8');
  expect(csv).toContain('Person 1');
  for (const name of NAMES) {
    expect(csv, `CSV names "${name}"`).not.toContain(name);
    expect(svg, `SVG names "${name}"`).not.toContain(name);
  }
});

test('"Cite this view" shows a citation with the current URL', async ({ page }) => {
  await page.goto('./?group=diaspora');
  await page.getByRole('button', { name: 'Share & export' }).click();
  await page.getByRole('menuitem', { name: 'Cite this view' }).click();
  const panel = page.locator('#export-panel');
  const citation = page.getByLabel('Citation');
  await expect(citation).toBeFocused();
  const text = await citation.inputValue();
  expect(text).toContain(page.url());
  expect(text).toContain(ds.edition);
  // The number quoted is the diaspora groups', the context said apart.
  const diaspora = expectedSummary(PRESETS.diaspora);
  expect(text).toContain(
    `“${diaspora.text} · with ${diaspora.context} linked actors for context”.`,
  );
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share & export' })).toBeFocused();
});
