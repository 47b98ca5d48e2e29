import { describe, expect, it } from 'vitest';
import { pictureOnly } from '../../scripts/prerender.ts';

describe('the prerendered picture keeps what paints', () => {
  it('drops the shapes’ names, roles, tab stops and pressed states, keeps the rest', () => {
    const node =
      '<path class="node svelte-x" role="button" tabindex="0" aria-label="China, government" ' +
      'aria-pressed="false" data-id="china" transform="translate(1,2)" d="M4,0Z" fill="#D55E00">';
    expect(pictureOnly(`<g>${node}</path></g>`)).toBe(
      '<g><path class="node svelte-x" data-id="china" transform="translate(1,2)" d="M4,0Z" ' +
        'fill="#D55E00"></path></g>',
    );
  });

  it('leaves every other element as it is: a pressed button is still styled as pressed', () => {
    const button =
      '<button type="button" aria-pressed="true" aria-label="Dark theme">Dark</button>';
    expect(pictureOnly(button)).toBe(button);
  });
});
