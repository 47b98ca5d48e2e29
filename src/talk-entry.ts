/**
 * The story editor's code, one chunk loaded apart (see state/talk-slot.svelte.ts): most
 * visits never write a talk, so the editor, the drafts' store and the file code cost nothing
 * on load.
 */
export { default as TalkEditor } from './components/story/TalkEditor.svelte';
export { default as StoryProblems } from './components/story/StoryProblems.svelte';
export { TalkState } from './state/talk.svelte.ts';
export { DraftStore } from './lib/story/store.ts';
