/**
 * Story mode's code and its data, one chunk loaded apart from the page (see lib/story/lazy.ts):
 * most visits never present, so the story, its quote finder and its bar cost nothing on load.
 */
export { default as storyJson } from '../data/story.json';
export { default as StoryBar } from './components/story/StoryBar.svelte';
export { StoryState } from './state/story.svelte.ts';
