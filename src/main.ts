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
import { DatasetError } from './lib/dataset/parse.ts';
import { openLayout } from './lib/layout/open.ts';
import { loadStory } from './lib/story/lazy.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');

async function start(app: HTMLElement): Promise<void> {
  // `?data=URL` opens a dataset published elsewhere; anything unusable falls back with a notice.
  const source = datasetSource(location.search, datasetUrl, location.href);
  const keep: Record<string, string> = source.external
    ? { data: new URLSearchParams(location.search).get('data') ?? '' }
    : {};
  // The prebuilt layout comes in parallel; it is only a cache, so any failure means "compute".
  const layout = source.external ? Promise.resolve(null) : fetchJson(layoutUrl);
  // A link to a story step opens on that step, not on the whole graph a moment before it.
  const story = new URLSearchParams(location.search).has('story')
    ? loadStory().catch(() => null)
    : null;
  try {
    const dataset = await loadDataset(source.url, { published: source.external });
    await story;
    // Large graphs open on their seed (or stored) positions; the settled layout follows.
    const { positions, later } = await openLayout(dataset, await layout);
    app.replaceChildren();
    const notices = source.notice ? [source.notice] : [];
    mount(Root, { target: app, props: { dataset, notices, keep, positions, later } });
  } catch (error) {
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
