/**
 * The first picture of a large published file (`?data=URL`, nothing else in the address), drawn
 * on a Canvas where the graph will be, while the file is still being checked (lib/render/
 * preview.ts says what and why). It is a picture only: `aria-hidden`, no pointer events, and
 * the page's status line says the file is being checked. It goes once the app's own graph is on
 * screen (`graph:live`), or when main.ts shows the error view instead (`dropPreview`).
 *
 * Where the graph will be is read off the prerendered page (scripts/prerender.ts): the same
 * markup and CSS, laid out unseen for a moment, so the picture sits where the app's graph then
 * draws (tests/e2e/preview.spec.ts). Only the built-in dataset's own text differs: where it
 * wraps otherwise (a phone's key under the graph, a long title), the picture is off by that
 * line and moves when the app replaces it. Without that page (the development server) there
 * is no picture.
 */
import { openingTransform } from '../../lib/graph/fit.ts';
import { clear, drawLinks, drawNodes, type View } from '../../lib/render/draw.ts';
import { detailAt } from '../../lib/render/lod.ts';
import { drawableDataset, firstPositions, pictureBase } from '../../lib/render/preview.ts';
import {
  allShownInput,
  buildBase,
  drawnBox,
  sceneNodesOf,
  type SceneColours,
} from '../../lib/render/scene.ts';
import { seedPositionsOf } from '../../lib/graph/seeds.ts';
import type { Dataset } from '../../lib/types.ts';
import { nextMark } from '../../lib/schedule/marks.ts';
import { yieldToMain, yieldToTasks } from '../../lib/schedule/slices.ts';
import { plural } from '../../lib/text/plural.ts';
import { onlyData, stageRect, takeStage, type StageRect } from '../../prerender/stage.ts';
import { linkColours } from './canvas-colours.ts';
import { shapePaths } from './shape-paths.ts';

/** Where the graph will be (`measureStage`), and the picture on screen. */
let stage: StageRect | null = null;
let shown: HTMLCanvasElement | null = null;

/**
 * The longest the picture waits for the app's graph to replace it: `graph:live` comes ~0.3 s
 * after it at 20,000 actors on the development machine, seconds on a very slow one.
 */
const SHOWN_MAX_MS = 30_000;

/**
 * Where the graph will be, before the file is here to draw: as the inline script measured it
 * (prerender/stage.ts), else measured now; only for an address that is `?data=URL` alone.
 */
export function measureStage(search = location.search): void {
  if (!onlyData(search)) {
    stage = null;
    return;
  }
  // null: the page was measured and has no graph to draw over; undefined: not measured yet.
  const kept = takeStage();
  stage = kept === undefined ? stageRect() : kept;
}

/** Takes the picture away (the file failed its check: the error view takes the page). */
export function dropPreview(): void {
  shown?.remove();
  shown = null;
}

/**
 * Draws the picture of the parsed file `raw` and says in `status` that the file is being
 * checked; false when there is nothing to draw (lib/render/preview.ts) or nowhere to draw it.
 * Resolves once the picture is painted (`graph:first-frame`): the check, which the caller runs
 * next in slices that resume ahead of the page's frames, would otherwise hold that paint back.
 * The steps take tasks of their own, so no task of the opening grows by much; what the app's
 * Canvas will need is made after the paint (`prepareCanvas`).
 */
export async function showPreview(raw: unknown, status: Element | null): Promise<boolean> {
  const rect = stage;
  if (!rect) return false;
  const drawable = drawableDataset(raw);
  if (!drawable) return false;
  await yieldToMain();
  const first = firstPositions(drawable);
  if (!first) return false;
  await yieldToMain();
  // The app's first Canvas picture: every actor and link shown, nothing lit.
  const colours = linkColours(document.documentElement);
  const shapeFor = shapePaths();
  const { bounds, ...base } = pictureBase(drawable, first.xy, colours, shapeFor);
  if (!bounds) return false;
  await yieldToMain();
  const t = openingTransform(bounds, rect.width, rect.height);
  const dpr = window.devicePixelRatio || 1;
  const view: View = { ...t, width: rect.width, height: rect.height, dpr };
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-preview';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'fixed',
    left: `${rect.x}px`,
    top: `${rect.y}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    pointerEvents: 'none',
  });
  canvas.width = Math.round(rect.width * dpr);
  canvas.height = Math.round(rect.height * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const { nodes, links } = drawable.ds;
  const detail = detailAt(t.k, nodes.length);
  clear(ctx, view);
  drawLinks(ctx, base.links, view, detail);
  drawNodes(ctx, base.nodes, view, detail);
  // Where the whole graph was drawn, as the app's Canvas writes it (GraphCanvas.svelte).
  canvas.dataset.bounds = drawnBox(bounds, t);
  document.body.append(canvas);
  shown = canvas;
  // Until the app's graph is drawn over it, so that no frame shows neither; another window
  // size would put the graph elsewhere: no picture then rather than a wrong one.
  void nextMark('graph:live', SHOWN_MAX_MS).then(dropPreview);
  addEventListener('resize', dropPreview, { once: true });
  if (status) {
    const actors = plural(nodes.length, 'actor');
    status.textContent = `Checking the file’s ${actors} and ${plural(links.length, 'link')}…`;
  }
  // Painted in the frame this callback opens, as the app's Canvas marks its own (Graph.svelte).
  await new Promise<void>((painted) =>
    requestAnimationFrame(() => {
      performance.mark('graph:first-frame');
      painted();
    }),
  );
  // Out of that frame's callbacks, so that what follows runs after the paint.
  await yieldToTasks();
  void prepareCanvas(drawable.ds, first.seeded, colours, shapeFor);
  return true;
}

/**
 * After the picture, what the app's Canvas needs for `ds` and would otherwise make while it
 * mounts (render/scene.ts keeps each once per dataset): its nodes in draw order and, when the
 * picture was the seeds, the seeds by id and the base drawn from them. Each in a task of its
 * own, queued behind those waiting (the check's slices go first).
 */
async function prepareCanvas(
  ds: Dataset,
  seeded: boolean,
  colours: SceneColours,
  shapeFor: (key: string) => unknown,
): Promise<void> {
  await yieldToTasks();
  const nodes = sceneNodesOf(ds);
  if (!seeded) return;
  await yieldToTasks();
  const positions = seedPositionsOf(ds);
  await yieldToTasks();
  buildBase(allShownInput(nodes, ds.links, positions, colours), shapeFor);
}
