import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { URL_REPLACE_DELAY } from '../../src/state/view-url.svelte.ts';
import { ds, node } from './dataset.ts';

const people = ds.nodes.filter((n) => n.kind === 'person');
/** Every name and alias of a person in data/coalition.json. */
const NAMES = people.flatMap((p) => [p.name, ...p.aliases]);

test('?present=1: large type, no sidebar, cursor hidden when idle, Escape leaves', async ({
  page,
}) => {
  // A page clock we can move on (it runs in real time otherwise): see the idle check below.
  await page.clock.install();
  await page.goto('./?present=1');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-present', '');
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('complementary', { name: 'Filters and legend' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Presenter view' })).toBeVisible();
  // With the legend out of the way, a key over the graph names every group and kind shown.
  const key = page.getByTestId('key-strip');
  await expect(key).toBeVisible();
  // Below 1600 px it starts folded (open, it would cover the graph): one click opens it.
  await key.getByText('Key: colours and shapes').click();
  // Every group in use, and "No group" for people, letters and unclassified organisations.
  const groups = new Set(ds.nodes.map((n) => n.group ?? 'none'));
  const kinds = new Set(ds.nodes.map((n) => n.kind));
  await expect(key.getByRole('list', { name: 'Colour: group' }).getByRole('listitem')).toHaveCount(
    groups.size,
  );
  await expect(key.getByRole('list', { name: 'Shape: kind' }).getByRole('listitem')).toHaveCount(
    kinds.size,
  );
  // Only what is shown: with the diaspora preset the key has one colour.
  await page.goto('./?present=1&group=diaspora');
  await key.getByText('Key: colours and shapes').click();
  await expect(key.getByRole('list', { name: 'Colour: group' }).getByRole('listitem')).toHaveText([
    'Diaspora organisation',
    'No group',
  ]);
  await page.goto('./?present=1');
  // Links are drawn twice as thick. The attribute is set once the app has read the URL, so wait
  // for it before reading the style (reading at once raced the mount on CI).
  await expect(html).toHaveAttribute('data-present', '');
  await expect
    .poll(() =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--link-width').trim(),
      ),
    )
    .toBe('2px');

  // Idle: no movement for more than 2 s hides the cursor; a move brings it back. The page's
  // clock is moved on 2.5 s rather than waited for.
  await page.mouse.move(400, 400);
  await expect(html).not.toHaveAttribute('data-idle');
  await page.clock.fastForward(2500);
  await expect(html).toHaveAttribute('data-idle', '');
  expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
  await page.mouse.move(420, 410);
  await expect(html).not.toHaveAttribute('data-idle');

  // "Controls" brings the sidebar back, and hides it again.
  await page.getByRole('button', { name: 'Controls' }).click();
  await expect(page.getByRole('complementary', { name: 'Filters and legend' })).toBeVisible();
  await page.getByRole('button', { name: 'Controls' }).click();

  await page.keyboard.press('Escape');
  await expect(html).not.toHaveAttribute('data-present');
  await expect(page.getByRole('complementary', { name: 'Filters and legend' })).toBeVisible();
  // The address is replaced after a pause, timed by the page's clock, which this test owns:
  // move it past the pause rather than hope it flows on a loaded machine (it once did not).
  await page.clock.runFor(URL_REPLACE_DELAY + 1);
  await expect(page).not.toHaveURL(/present=1/);
});

test('the Present button and the P key enter presenter view; high contrast switches the theme', async ({
  page,
}) => {
  await page.goto('./');
  const html = page.locator('html');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(html).toHaveAttribute('data-present', '');
  await expect(page).toHaveURL(/present=1/);
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  await page.getByRole('button', { name: /^Exit/ }).click();
  await expect(html).not.toHaveAttribute('data-present');

  await page.locator('body').press('p');
  await expect(html).toHaveAttribute('data-present', '');
  // Typing "p" in the search is typing, not a shortcut.
  await page.keyboard.press('Escape');
  await page.locator('#search-input').fill('p');
  await expect(html).not.toHaveAttribute('data-present');
});

test('with anon=1 no person is named anywhere, after selecting a person and opening a document', async ({
  page,
}) => {
  const bachelet = node('michelle-bachelet');
  await page.goto('./?anon=1');
  // Search by the real name finds no person (the box only echoes what was typed).
  await page.locator('#search-input').fill(bachelet.name);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toContainText(
    `No actor matches “${bachelet.name}”`,
  );
  await expect(page.getByRole('option')).toHaveCount(1); // that message, no hit
  await page.locator('#search-input').fill('Bachelet');
  await expect(page.getByRole('option').first()).toBeVisible();
  const partial = (await page.getByRole('option').allInnerTexts()).join(' ');
  for (const name of NAMES) expect(partial).not.toContain(name);

  // Select her by her stand-in in the list view, then read a mention in its document.
  await page.goto('./?anon=1&view=list');
  await page
    .getByRole('button', { name: /^Person \d+$/ })
    .first()
    .click();
  await expect(page.locator('#panel-title')).toHaveText(/^Person \d+$/);
  await page.getByRole('button', { name: 'Open in document' }).first().click();
  await expect(page.getByTestId('passage')).toBeVisible();
  const text = await page.evaluate(() => document.body.innerText);
  for (const name of NAMES) expect(text, `"${name}" is shown`).not.toContain(name);
  expect(text).toContain('Person');
  // The URL does not spell a person's name either.
  for (const p of people) expect(page.url()).not.toContain(`node=${p.id}`);
  expect(await page.title()).not.toContain(bachelet.name);
  expect(await page.getByTestId('announcer').textContent()).not.toContain(bachelet.name);
});

test('View options: hiding people renames a selected person at once, and back', async ({
  page,
}) => {
  const bachelet = node('michelle-bachelet');
  await page.goto(`./?node=${bachelet.id}`);
  const heading = page.locator('#panel-title');
  await expect(heading).toHaveText(bachelet.name);
  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByLabel(/Hide people's names/).check();
  await expect(heading).toHaveText(/^Person \d+$/);
  await expect(page).toHaveURL(/anon=1/);
  await expect(page).toHaveURL(/node=person-\d+/);
  await page.reload();
  await expect(heading).toHaveText(/^Person \d+$/);
  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByLabel(/Hide people's names/).uncheck();
  await expect(heading).toHaveText(bachelet.name);
});

test('with anon=1 the story steps name no person either', async ({ page }) => {
  // Nine page loads: more than the default 30 s on a loaded machine (it took 29.5 s once).
  test.setTimeout(90_000);
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: { id: string }[] };
  for (const step of story.steps) {
    await page.goto(`./?story=${step.id}&anon=1`);
    await expect(page.getByTestId('story-caption')).toBeVisible();
    const text = await page.evaluate(() => document.body.innerText);
    for (const name of NAMES) expect(text, `step ${step.id} names "${name}"`).not.toContain(name);
  }
});
