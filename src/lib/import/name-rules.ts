/**
 * Drafts from a name alone, one table row per rule (data/curation/README.md's group table and
 * tag rule). The first row whose words occur gives the group; every row that matches adds its
 * tags. The rule is kept as the draft's note, so the reviewer reads why.
 */
import type { Group } from '../types.ts';
import type { Tag } from '../pipeline/vocabulary.ts';
import { countryInName, foldWords } from './name-countries.ts';

interface NameRule {
  /** Whole words, folded (lower case, no accents). */
  words: RegExp;
  group: Group;
  tags: readonly Tag[];
  /** Why, for the note: `"Uyghur" in the name: a Uyghur or Turkic diaspora name`. */
  why: string;
}

const UYGHUR = /\b(uyghurs?|uighurs?|uygurs?|uigurs?|east turk[ei]stan|eastern turk[ei]stan)\b/;

/** In order: faith before diaspora ("Jewish Movement for Uyghur Freedom" is faith). */
export const NAME_RULES: readonly NameRule[] = [
  {
    words: /\b(jewish|hebrew|synagogue|rabbi\w*)\b/,
    group: 'faith',
    tags: ['jewish'],
    why: 'a Jewish name → faith',
  },
  {
    words: /\b(christians?|church|catholic|evangelical|baptist|methodist|quakers?)\b/,
    group: 'faith',
    tags: ['christian'],
    why: 'a Christian name → faith',
  },
  {
    words: /\b(buddhists?|buddhism)\b/,
    group: 'faith',
    tags: ['buddhist'],
    why: 'a Buddhist name → faith',
  },
  { words: UYGHUR, group: 'diaspora', tags: [], why: 'a Uyghur or East Turkistan name → diaspora' },
  {
    words: /\b(kazakhs?|kyrgyz|uzbeks?|tatars?)\b/,
    group: 'diaspora',
    tags: ['kazakh'],
    why: 'a Kazakh or Turkic name → diaspora',
  },
  {
    words: /\b(tibet|tibetans?)\b/,
    group: 'solidarity',
    tags: ['tibet'],
    why: 'Tibet in the name → solidarity',
  },
  {
    words: /\b(hong ?kong|hongkongers?)\b/,
    group: 'solidarity',
    tags: ['hong-kong'],
    why: 'Hong Kong in the name → solidarity',
  },
  {
    words: /\b(vietnam|vietnamese|viet)\b/,
    group: 'solidarity',
    tags: ['vietnam'],
    why: 'Vietnam in the name → solidarity',
  },
  {
    words: /\b(burma|burmese|myanmar|rohingya)\b/,
    group: 'solidarity',
    tags: ['burma'],
    why: 'Burma in the name → solidarity',
  },
  {
    words: /\b(korea|korean)\b/,
    group: 'solidarity',
    tags: ['korea'],
    why: 'Korea in the name → solidarity',
  },
  {
    words: /\b(democratic china|china democracy|chinese democracy|democracy for china)\b/,
    group: 'solidarity',
    tags: ['china-democracy'],
    why: 'Chinese democracy in the name → solidarity',
  },
  {
    words:
      /\b(universit(y|ies|at|e)|college|students?|student union|academ(y|ic|ia)|institutes?|research|studies|school)\b/,
    group: 'academic',
    tags: [],
    why: 'a university, institute or students in the name → academic',
  },
  {
    words: /\b(lawyers?|bar association|barristers?|advocates|jurists?)\b/,
    group: 'professional',
    tags: ['lawyers'],
    why: 'lawyers in the name → professional',
  },
  {
    words: /\b(business(es)?|trade union|labou?r|workers|supply chains?|chamber of commerce)\b/,
    group: 'professional',
    tags: ['business'],
    why: 'business or labour in the name → professional',
  },
];

/** Tags that only add to a group found by another rule. */
const EXTRA_TAGS: readonly { words: RegExp; tags: readonly Tag[] }[] = [
  { words: /\b(students?|student union)\b/, tags: ['students'] },
  { words: /\b(women'?s?|sisters)\b/, tags: ['women'] },
  { words: /\b(youth|young)\b/, tags: ['youth'] },
  { words: /\b(muslims?|islamic|mosque)\b/, tags: ['muslim'] },
  { words: /\b(torture)\b/, tags: ['torture'] },
  { words: /\b(lgbti?q?\+?|lesbian|gay)\b/, tags: ['lgbti'] },
];

/** A draft fact: value, and the rule as the note; null when no rule applies. */
export interface NameDraft<T> {
  value: T;
  note: string;
}

/** The draft of a name: group and country each drafted or null, and the tags. */
export interface NameDrafts {
  group: NameDraft<Group> | null;
  country: NameDraft<string> | null;
  tags: Tag[];
}

const COUNTRY_WHY = {
  brackets: 'the country in brackets after the name',
  locative: 'the name says where it is',
  named: 'named for the country it serves',
};

/**
 * `draftFromName('Uyghur Women\'s Network in Sweden')` → group diaspora, country SE, tags
 * [women], each note quoting the words the rule saw.
 */
export function draftFromName(name: string): NameDrafts {
  const folded = foldWords(name);
  const tags = new Set<Tag>();
  let group: NameDraft<Group> | null = null;
  for (const rule of NAME_RULES) {
    const hit = rule.words.exec(folded);
    if (!hit) continue;
    for (const t of rule.tags) tags.add(t);
    if (group === null) group = { value: rule.group, note: `Name rule: "${hit[0]}": ${rule.why}` };
  }
  // A non-Uyghur group whose name is the Uyghur cause carries the solidarity tag.
  if (group && group.value !== 'diaspora' && UYGHUR.test(folded)) tags.add('uyghur-solidarity');
  for (const extra of EXTRA_TAGS)
    if (extra.words.test(folded)) for (const t of extra.tags) tags.add(t);
  const found = countryInName(name);
  const country = found
    ? {
        value: found.code,
        note: `Name rule: "${found.words}": ${COUNTRY_WHY[found.how]} → ${found.code}`,
      }
    : null;
  return { group, country, tags: [...tags].sort() };
}
