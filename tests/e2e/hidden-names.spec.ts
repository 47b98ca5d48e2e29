/**
 * "Hide people's names" is a safety promise, so the check reads what a screen reader or a
 * copied page could read, not what the eye sees: every text node (visually hidden ones and
 * live regions included) and every attribute of every element, plus the title and the URL.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ds, index } from './dataset.ts';

const people = ds.nodes.filter((n) => n.kind === 'person');
/** Every name and alias of a person in data/coalition.json. */
const NAMES = people.flatMap((p) => [p.name, ...p.aliases]);
test.describe.configure({ timeout: 120_000 });

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: { id: string }[] };

/** Everything in the page a person or a screen reader could read, as one string per source. */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title, location.href];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        const parent = n.parentElement?.tagName;
        if (parent !== 'SCRIPT' && parent !== 'STYLE') out.push(n.nodeValue ?? '');
      } else if (n instanceof Element) {
        for (const a of n.attributes) out.push(`${a.name}=${a.value}`);
        if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) out.push(n.value);
      }
    }
    return out;
  });
}

/** Fails naming the first person's name found, and where. */
async function expectNoName(page: Page, where: string): Promise<void> {
  const texts = await readable(page);
  const leaks = texts.flatMap((t) =>
    NAMES.filter((name) => t.includes(name)).map((name) => `"${name}" in ${t.slice(0, 120)}`),
  );
  expect(leaks, `${where}: a person's name is in the page`).toEqual([]);
}

for (const present of [false, true]) {
  test(`the page names no person, in text or attribute, at every story step (names hidden${present ? ', presenter view' : ''})`, async ({
    page,
  }) => {
    expect(NAMES.length).toBe(people.length + people.reduce((s, p) => s + p.aliases.length, 0));
    await page.goto(`./?anon=1${present ? '&present=1' : ''}&story=${story.steps[0]!.id}`);
    for (const [i, step] of story.steps.entries()) {
      await expect(page.getByTestId('story-position')).toHaveText(
        `Step ${i + 1} of ${story.steps.length}`,
      );
      await expect(page).toHaveURL(new RegExp(`story=${step.id}`));
      // Labels come a frame after the nodes: wait for them so they are read too.
      await expect(page.locator('g.labels text').first()).toBeAttached();
      await expectNoName(page, `step ${step.id}`);
      // Stepping as a clicker does also fills the live regions with the step's words.
      await page.keyboard.press('PageDown');
    }
  });
}

test('the panels of every person, of those linked to them, and their documents name no person', async ({
  page,
}) => {
  // Each person, one of their neighbours, and a link that joins them: every panel kind.
  const linked = people.map((p) => {
    const link = ds.links.find((l) => l.source === p.id || l.target === p.id)!;
    return { person: p, link, other: link.source === p.id ? link.target : link.source };
  });
  expect(linked.every((x) => x.link !== undefined)).toBe(true);
  await page.goto('./?anon=1&view=list');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectNoName(page, 'the list');
  const seen = new Set<string>();
  for (const [i, { other, link }] of linked.entries()) {
    await page.goto(`./?anon=1&present=${i % 2}&link=${link.id}`);
    await expect(page.locator('#panel-title')).toBeVisible();
    await expectNoName(page, `link ${link.id}`);
    const n = index.byId.get(other)!;
    if (n.kind === 'person' || seen.has(other)) continue;
    seen.add(other);
    await page.goto(`./?anon=1&node=${other}`);
    await expect(page.locator('#panel-title')).toHaveText(n.name);
    await expectNoName(page, `the panel of ${other}`);
  }
  // A person's panel reached through the list (their id is not in any address), and a document.
  await page.goto('./?anon=1&view=list');
  for (let i = 0; i < 3; i++) {
    await page
      .getByRole('button', { name: /^Person \d+$/ })
      .nth(i)
      .click();
    await expect(page.locator('#panel-title')).toHaveText(/^Person \d+$/);
    await expectNoName(page, `person ${i} of the list`);
  }
  await page.getByRole('button', { name: 'Open in document' }).first().click();
  await expect(page.getByTestId('passage')).toBeVisible();
  await expectNoName(page, 'a document open at a person');
});
