/**
 * Loading the story editor on demand (`src/talk-entry.ts`): once, later calls share the
 * promise; a failed load may be tried again.
 */
export type TalkModule = typeof import('../../talk-entry.ts');

let pending: Promise<TalkModule> | null = null;

export function loadTalk(): Promise<TalkModule> {
  pending ??= import('../../talk-entry.ts').catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}
