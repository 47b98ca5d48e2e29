/**
 * The presenter console's code, one chunk loaded apart (`?console=1`): the console window
 * never loads the dataset; the audience window sends it what to show.
 */
export { default as PresenterConsole } from './components/story/PresenterConsole.svelte';
