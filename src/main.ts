/**
 * Entry: load the dataset (a hashed asset next to the bundle, so the JS stays small), then
 * mount the explorer (Root, which can later switch to a dataset file the person opens), or an
 * error view that says what is wrong. Never a blank page: index.html shows "Loading…" until one
 * of the two replaces it.
 */
import { mount } from 'svelte';
import datasetUrl from '../data/coalition.json?url';
import layoutUrl from '../data/layout.json?url';
import Root from './Root.svelte';
import ErrorView from './components/dataset/ErrorView.svelte';
import { loadDataset } from './lib/dataset/load.ts';
import { datasetSource } from './lib/dataset/source.ts';
import { DatasetError, parseDataset } from './lib/dataset/parse.ts';
import { openLayout } from './lib/layout/open.ts';
import { dropSpareLayoutWorker, layoutClient } from './lib/layout/client-lazy.ts';
import { canvasCode, preloadCanvas, prepareGraph } from './components/graph/canvas-lazy.ts';
import { graphIndexOf } from './lib/graph/graph-index.ts';
import { byPriorityOf, hubsOf } from './lib/graph/ranking.ts';
import { CANVAS_THRESHOLD } from './lib/render/lod.ts';
import { yieldToMain } from './lib/schedule/slices.ts';
import { captureOwnHtml, embeddedTalk } from './lib/story/boot.ts';
import { loadStory } from './lib/story/lazy.ts';
import './app.css';

// Before anything is mounted: the offline file keeps itself as parsed, to write talk files.
captureOwnHtml();

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');

/** `?console=1`: the presenter console, which needs no dataset (the audience window sends it). */
async function startConsole(app: HTMLElement): Promise<void> {
  const { PresenterConsole } = await import('./console-entry.ts');
  app.replaceChildren();
  mount(PresenterConsole, { target: app });
}

/**
 * A downloaded talk opened as it came (no parameters): straight into presenter view at the
 * first step of its first story, with people hidden if they were when it was written.
 */
function openTalk(): void {
  const talk = embeddedTalk();
  const first = talk?.stories[0];
  const step = first?.story.steps[0];
  if (!talk || !first || !step || location.search !== '') return;
  const anon = talk.hidePeople ? '&anon=1' : '';
  history.replaceState(
    null,
    '',
    `${location.pathname}?talk=${first.id}&story=${step.id}${anon}&present=1${location.hash}`,
  );
}

async function start(app: HTMLElement): Promise<void> {
  // The app's own code begins here (after the inline scripts of index.html).
  performance.mark('app:start');
  // The rest in a task of its own, not in the one that evaluated the app's modules (40–60 ms at
  // 5,000 actors): with a dataset already downloaded, reading it came in that task too.
  await yieldToMain();
  if (new URLSearchParams(location.search).get('console') === '1') return startConsole(app);
  // On the prerendered page this runs once the picture is painted (src/prerender/frame.ts
  // starts it then): the dataset and layout were on their way meanwhile (preloaded).
  openTalk();
  const carried = embeddedTalk()?.dataset ?? null;
  // `?data=URL` opens a dataset published elsewhere; anything unusable falls back with a notice.
  const source = datasetSource(location.search, datasetUrl, location.href);
  const keep: Record<string, string> = source.external
    ? { data: new URLSearchParams(location.search).get('data') ?? '' }
    : {};
  // The prebuilt layout comes in parallel; it is only a cache, so any failure means "compute".
  const layout = source.external ? Promise.resolve(null) : fetchJson(layoutUrl);
  // A published dataset may be large: the Canvas path (needed from a size the file will tell)
  // starts loading while it downloads, and takes where a large file's first picture will go
  // (graph/preview.ts).
  if (source.external) void preloadCanvas().then(() => canvasCode()?.measureStage());
  // A link to a story step opens on that step, not on the whole graph a moment before it.
  const story = new URLSearchParams(location.search).has('story')
    ? loadStory().catch(() => null)
    : null;
  // A large published file is drawn as soon as it is read, while it is checked; a smaller one
  // does not wait for the code that would draw it. Then the layout worker starts, while the
  // file is checked: started with the download, its start-up took the second core from the
  // download and the picture (first frame 386 → 346 ms at 5,000 actors, 733 → 682 at 20,000,
  // the settled layout no later; issue 10).
  const status = app.querySelector('.boot');
  const warmLayout = () => void layoutClient().then((client) => client.warmLayoutWorker());
  const parsed = (raw: unknown) =>
    (((raw as { nodes?: unknown[] } | null)?.nodes?.length ?? 0) < CANVAS_THRESHOLD
      ? Promise.resolve()
      : preloadCanvas().then(() => canvasCode()?.showPreview(raw, status))
    ).finally(warmLayout);
  try {
    // A talk file carries the dataset it was written with (checked like any other).
    const dataset =
      carried !== null && !source.external
        ? parseDataset(carried)
        : await loadDataset(source.url, source.external ? { published: true, parsed } : {});
    await story;
    // Large graphs open on their seed (or stored) positions; the settled layout follows.
    // The Canvas path (large graphs) downloads meanwhile.
    const [{ positions, later }] = await Promise.all([
      openLayout(dataset, await layout, { firstFrameFirst: true }),
      prepareGraph(dataset),
    ]);
    // A large graph's lookup tables and rankings in tasks of their own, not in the mount's.
    if (dataset.nodes.length >= CANVAS_THRESHOLD) {
      for (const build of [graphIndexOf, byPriorityOf, hubsOf]) {
        await yieldToMain();
        build(dataset);
      }
      await yieldToMain();
    }
    app.replaceChildren();
    const notices = source.notice ? [source.notice] : [];
    mount(Root, { target: app, props: { dataset, notices, keep, positions, later } });
  } catch (error) {
    canvasCode()?.dropPreview();
    // A file that could not be opened lays nothing out: the worker started for it goes.
    dropSpareLayoutWorker();
    app.replaceChildren();
    const issues = error instanceof DatasetError ? error.issues : [];
    const message = error instanceof Error ? error.message : String(error);
    const fallback = source.external ? location.pathname : undefined;
    mount(ErrorView, { target: app, props: { message, issues, url: source.url, fallback } });
    console.error(error);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

void start(target);
