/** The hand-made fixture (tests/fixtures/README.md), checked by the app's own gate. */
import raw from '../../fixtures/mini-dataset.json';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import type { Dataset } from '../../../src/lib/types.ts';

/** A fresh, validated copy of the mini dataset for each caller, so tests cannot leak edits. */
export function loadMini(): Dataset {
  return parseDataset(structuredClone(raw));
}
