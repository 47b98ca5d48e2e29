/**
 * A story with people's names hidden, for every file written while "Hide people's names" is
 * on: titles, captions, notes and quotes redacted as the app redacts its own texts, and a
 * person's id in a view (it spells their name) replaced by their stand-in's.
 */
import { personAliases, redact } from '../redact/anonymise.ts';
import { publicId } from '../redact/hide-people.ts';
import type { Dataset } from '../types.ts';
import type { StoryFile } from './draft.ts';
import { rewriteStory } from './file.ts';

/** `file` as it may leave the browser with people hidden (the input is not changed). */
export function anonymousStory(file: StoryFile, ds: Dataset): StoryFile {
  const aliases = personAliases(ds);
  return rewriteStory(file, {
    text: (s) => redact(s, ds, aliases),
    id: (id) => publicId(id, aliases),
  });
}
