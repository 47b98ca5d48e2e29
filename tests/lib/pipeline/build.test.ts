import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { buildDataset, serialise, type BuildInput } from '../../../src/lib/pipeline/build.ts';
import { BuildError } from '../../../src/lib/pipeline/issues.ts';
import { fixtureInput, letterText, newsText } from './fixture.ts';

type Input = ReturnType<typeof fixtureInput>;

function errorsOf(input: BuildInput): string[] {
  try {
    buildDataset(input);
  } catch (error) {
    if (error instanceof BuildError) return error.errors;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('buildDataset on the fixture', () => {
  const data = buildDataset(fixtureInput());
  const node = (id: string) => data.nodes.find((n) => n.id === id);
  const cites = (id: string) => node(id)?.citations.map((c) => [c.doc, c.start, c.end, c.quote]);

  it('passes the contract check, with the newest document date as edition', () => {
    expect(parseDataset(data)).toEqual(data);
    expect(data.edition).toBe('2022-03-01');
    expect(data.documents.map((d) => [d.id, d.text.length])).toEqual([
      ['letter', letterText.length],
      ['news', newsText.length],
    ]);
  });

  it('makes one node per actor, sorted by id', () => {
    expect(data.nodes.map((n) => n.id)).toEqual([
      'alliance-des-avocats-pour-les-droits-de-l-homme',
      'dolkun-isa',
      'high-commissioner',
      'isabel-gomez',
      'japan-uyghur-association',
      'letter-2022',
      'mamatjan-nayup',
      'uyghur-academy',
      'world-uyghur-congress',
      'world-uyghur-congress-foundation',
    ]);
    expect(data.nodes.filter((n) => n.signatory).length).toBe(6);
  });

  it('merges a node mentioned in two documents into one node citing both, in document order', () => {
    expect(cites('world-uyghur-congress')).toEqual([
      ['letter', 135, 156, 'World Uyghur Congress'],
      ['letter', 214, 235, 'World Uyghur Congress'],
      ['news', 181, 202, 'World\u00A0Uyghur Congress'],
    ]);
    expect(cites('japan-uyghur-association')).toEqual([
      ['letter', 350, 374, 'Japan Uyghur Association'],
      ['news', 314, 338, 'Japan Uyghur Association'],
    ]);
  });

  it('finds names across no-break spaces and by whole word (Isa, not Isabel)', () => {
    expect(cites('dolkun-isa')).toEqual([
      ['news', 139, 149, 'Dolkun\u00A0Isa'],
      ['news', 204, 207, 'Isa'],
    ]);
    expect(cites('isabel-gomez')).toEqual([['news', 248, 260, 'Isabel Gomez']]);
  });

  it('keeps the classification with its provenance and derived region', () => {
    const wuc = node('world-uyghur-congress');
    expect(wuc).toMatchObject({
      aliases: ['WUC'],
      group: 'diaspora',
      groupProvenance: { basis: 'curated', note: 'Uyghur diaspora umbrella organisation' },
      country: 'DE',
      countryProvenance: {
        basis: 'document',
        citation: {
          doc: 'news',
          start: 168,
          end: 202,
          quote: 'Munich-based World\u00A0Uyghur Congress',
        },
      },
      region: 'Europe',
      subregion: 'Western Europe',
    });
    expect(node('mamatjan-nayup')).toMatchObject({
      kind: 'person',
      group: 'individual',
      country: null,
      region: null,
    });
  });

  it('links each signatory to the letter by its printed line, and merges duplicate links', () => {
    expect(data.links.map((l) => l.id)).toEqual([
      'alliance-des-avocats-pour-les-droits-de-l-homme--signed--letter-2022',
      'dolkun-isa--leads--world-uyghur-congress',
      'isabel-gomez--affiliated_with--world-uyghur-congress-foundation',
      'japan-uyghur-association--signed--letter-2022',
      'letter-2022--addressed_to--high-commissioner',
      'mamatjan-nayup--signed--letter-2022',
      'uyghur-academy--signed--letter-2022',
      'world-uyghur-congress--signed--letter-2022',
      'world-uyghur-congress-foundation--signed--letter-2022',
    ]);
    const signed = data.links.find((l) => l.id === 'world-uyghur-congress--signed--letter-2022');
    expect(signed).toEqual({
      id: 'world-uyghur-congress--signed--letter-2022',
      source: 'world-uyghur-congress',
      target: 'letter-2022',
      relation: 'signed',
      citations: [{ doc: 'letter', start: 214, end: 235, quote: 'World Uyghur Congress' }],
      date: '2022-03-01',
      note: null,
    });
    const addressed = data.links.find((l) => l.relation === 'addressed_to');
    expect(addressed?.citations.map((c) => c.quote)).toEqual([
      'Open letter to the Example High Commissioner',
      'ask the High Commissioner',
      'wrote an open letter Tuesday to the High Commissioner',
    ]);
    expect(addressed?.note).toBe('The title names the addressee.');
  });

  it('is deterministic and does not mutate its input', () => {
    const input = fixtureInput();
    const before = JSON.stringify(input.actors) + JSON.stringify(input.signatories);
    const first = serialise(buildDataset(input));
    expect(serialise(buildDataset(fixtureInput()))).toBe(first);
    expect(JSON.stringify(input.actors) + JSON.stringify(input.signatories)).toBe(before);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first.split('\n')[1]).toBe('  "version": 1,');
  });
});

const A = 'fixtures/actors.json';
const S = 'fixtures/signatories.json';
const LEADS = `${A} › links[0] (dolkun-isa leads world-uyghur-congress)`;

const cases: { name: string; edit: (i: Input) => void; expected: string[] }[] = [
  {
    name: 'quote not found',
    edit: (i) =>
      ((i.actors.links[0]!.cite as { quote: string }[])[0]!.quote = 'Dolkun Isa, chair of the WUC'),
    expected: [`${LEADS} › cite[0]: quote "Dolkun Isa, chair of the WUC" is not in "news"`],
  },
  {
    name: 'quote found only inside a longer word',
    edit: (i) => ((i.actors.links[0]!.cite as { quote: string }[])[0]!.quote = 'Dolkun Is'),
    expected: [
      `${LEADS} › cite[0]: quote "Dolkun Is" is not in "news" (it occurs only inside longer words, at 139: quote whole words)`,
    ],
  },
  {
    name: 'ambiguous quote',
    edit: (i) => (i.actors.links[0]!.cite = [{ doc: 'letter', quote: 'High Commissioner' }]),
    expected: [
      `${LEADS} › cite[0]: quote "High Commissioner" occurs 2 times in "letter" (at 27, 90); add "occurrence": N (1-based) or quote more words`,
    ],
  },
  {
    name: 'occurrence past the last one',
    edit: (i) =>
      (i.actors.links[0]!.cite = [{ doc: 'letter', quote: 'High Commissioner', occurrence: 3 }]),
    expected: [
      `${LEADS} › cite[0]: "occurrence": 3 but quote "High Commissioner" occurs 2 times in "letter"`,
    ],
  },
  {
    name: 'quote in an unknown document',
    edit: (i) => (i.actors.links[0]!.cite = [{ doc: 'voa', quote: 'Isa' }]),
    expected: [`${LEADS} › cite[0]: unknown document "voa" (known: letter, news)`],
  },
  {
    name: 'unknown node id in a link',
    edit: (i) => (i.actors.links[0]!.source = 'dolkun'),
    expected: [
      `${A} › links[0] (dolkun leads world-uyghur-congress) › source: "dolkun" is not a node id`,
    ],
  },
  {
    name: 'duplicate id',
    edit: (i) =>
      i.actors.nodes.push({
        id: 'high-commissioner',
        kind: 'person',
        name: 'Example High Commissioner',
      }),
    expected: [
      `${A} › nodes[4] (high-commissioner): duplicate id "high-commissioner" (also ${A} › nodes[1] (high-commissioner))`,
    ],
  },
  {
    name: 'relation outside the vocabulary',
    edit: (i) => (i.actors.links[0]!.relation = 'heads'),
    expected: [
      `${A} › links[0] (dolkun-isa heads world-uyghur-congress) › relation: "heads" is not one of signed, addressed_to, leads, member_of, spokesperson_for, affiliated_with, part_of, authored, published, responded_to, welcomed, rejected, criticised, called_on, reported, cited, testified_before`,
    ],
  },
  {
    name: 'basis outside the vocabulary',
    edit: (i) =>
      ((i.signatories['Japan Uyghur Association']!.country as { basis: string }).basis = 'place'),
    expected: [
      `${S} › "Japan Uyghur Association" › country.basis: "place" is not one of document, name, curated`,
    ],
  },
  {
    name: 'group, kind and tag outside the vocabulary',
    edit: (i) => {
      (i.signatories['Uyghur Academy']!.group as { value: string }).value = 'ngo';
      i.signatories['Uyghur Academy']!.tags = ['science'];
      i.actors.nodes[1]!.kind = 'agency';
    },
    expected: [
      `${S} › "Uyghur Academy" › group.value: "ngo" is not one of diaspora, international, solidarity, national, faith, academic, professional, individual`,
      `${S} › "Uyghur Academy" › tags[0]: "science" is not one of uyghur-solidarity, tibet, hong-kong, vietnam, burma, china-democracy, korea, lgbti, women, youth, students, christian, jewish, muslim, buddhist, kazakh, africa, lawyers, business, atrocity-prevention, torture, media, research`,
      `${A} › nodes[1] (high-commissioner) › kind: "agency" is not one of organisation, person, coalition, government, intergovernmental, media, report`,
    ],
  },
  {
    name: 'misspelt field',
    edit: (i) => (i.actors.signatories['world-uyghur-congress'] = { aliasses: ['WUC'] }),
    expected: [
      `${A} › signatories › "world-uyghur-congress" › aliasses: is not a known field (a typo? see data/curation/README.md)`,
    ],
  },
  {
    name: 'signatory without a curation entry',
    edit: (i) => delete i.signatories['Uyghur Academy'],
    expected: [`${S}: no entry for "Uyghur Academy", printed on line 12 of fixtures/letter.txt`],
  },
  {
    name: 'curation entry for a name not in the letter',
    edit: (i) =>
      (i.signatories['Uyghur Academy Foundation'] = structuredClone(
        i.signatories['Uyghur Academy']!,
      )),
    expected: [
      `${S} › "Uyghur Academy Foundation": not printed in the signatory list of fixtures/letter.txt; keys must be names exactly as printed there`,
    ],
  },
  {
    name: 'a key typed with a straight apostrophe',
    edit: (i) => {
      const key = 'Alliance des Avocats pour les Droits de l’Homme';
      i.signatories["Alliance des Avocats pour les Droits de l'Homme"] = i.signatories[key]!;
      delete i.signatories[key];
    },
    expected: [
      `${S}: no entry for "Alliance des Avocats pour les Droits de l’Homme", printed on line 13 of fixtures/letter.txt; the entry "Alliance des Avocats pour les Droits de l'Homme" differs only in spaces or quote marks: use the name exactly as printed`,
      `${S} › "Alliance des Avocats pour les Droits de l'Homme": not printed in the signatory list of fixtures/letter.txt; keys must be names exactly as printed there (line 13 prints "Alliance des Avocats pour les Droits de l’Homme": copy it exactly)`,
    ],
  },
  {
    name: 'node never mentioned',
    edit: (i) =>
      i.actors.nodes.push({ kind: 'person', name: 'Rushan Abbas', aliases: ['Ms Abbas'] }),
    expected: [
      `${A} › nodes[4] (Rushan Abbas): "Rushan Abbas" is never found in any document (searched for "Rushan Abbas", "Ms Abbas"); add a "mentions" phrase that the text uses`,
    ],
  },
  {
    name: 'unknown country code',
    edit: (i) => ((i.signatories['Uyghur Academy']!.country as { value: string }).value = 'UK'),
    expected: [
      `${S} › "Uyghur Academy" › country: "UK" is not an ISO 3166-1 alpha-2 code known to world-countries (the United Kingdom is GB)`,
    ],
  },
  {
    name: 'country code not in capitals',
    edit: (i) => ((i.signatories['Uyghur Academy']!.country as { value: string }).value = 'tr'),
    expected: [
      `${S} › "Uyghur Academy" › country.value: expected an ISO 3166-1 alpha-2 code in capitals, such as "DE"`,
    ],
  },
  {
    name: 'basis rules: document needs a quote, curated needs a note, name takes no quote',
    edit: (i) => {
      i.signatories['World Uyghur Congress']!.country = {
        value: 'DE',
        basis: 'document',
        doc: 'news',
      };
      i.signatories['Uyghur Academy']!.country = { value: 'TR', basis: 'curated' };
      i.signatories['Japan Uyghur Association']!.country = {
        value: 'JP',
        basis: 'name',
        doc: 'news',
        quote: 'Japan',
        note: 'n',
      };
    },
    expected: [
      `${S} › "World Uyghur Congress" › country: basis "document" needs "doc" and "quote": the phrase of that document that states the fact`,
      `${S} › "Uyghur Academy" › country: basis "curated" needs a "note" saying what it rests on`,
      `${S} › "Japan Uyghur Association" › country: "doc", "quote" and "occurrence" belong only to basis "document", not "name"`,
    ],
  },
  {
    name: 'fact quote not found',
    edit: (i) =>
      ((i.signatories['World Uyghur Congress']!.country as { quote: string }).quote =
        'Berlin-based'),
    expected: [`${S} › "World Uyghur Congress" › country: quote "Berlin-based" is not in "news"`],
  },
  {
    name: 'mention limited to an unknown document, and a mention found nowhere',
    edit: (i) => (i.actors.nodes[2]!.mentions = [{ text: 'Isa', docs: ['voa'] }]),
    expected: [
      `${A} › nodes[2] (Dolkun Isa) › mentions: unknown document "voa" (known: letter, news)`,
      `${A} › nodes[2] (Dolkun Isa) › mentions: mention "Isa" does not occur in document(s) voa`,
    ],
  },
  {
    name: 'two nodes share a phrase',
    edit: (i) => (i.actors.nodes[3]!.aliases = ['Dolkun Isa']),
    expected: [
      `${A} › nodes[3] (Isabel Gomez): phrase "Dolkun Isa" also names "dolkun-isa" (${A} › nodes[2] (Dolkun Isa)); a phrase may name one actor only (limit it with { "text", "docs" } if it means different actors in different documents)`,
    ],
  },
  {
    name: 'link without a cite',
    edit: (i) => (i.actors.links[0]!.cite = []),
    expected: [`${LEADS} › cite: needs at least one cite: the sentence that states it`],
  },
  {
    name: 'merged links with contradicting dates',
    edit: (i) => {
      i.actors.links[1]!.date = '2022-03-01';
      i.actors.links[3]!.date = '2022-03-02';
    },
    expected: [
      `${A} › links[3] (letter-2022 addressed_to high-commissioner): date "2022-03-02" contradicts "2022-03-01" of the same link (${A} › links[1] (letter-2022 addressed_to high-commissioner))`,
    ],
  },
  {
    name: 'the letter has no coalition node',
    edit: (i) => {
      i.actors.nodes.shift();
      i.actors.links.splice(1);
    },
    expected: [
      `${A}: no node with id "letter-2022" (kind coalition): the signatories' "signed" links point to it`,
    ],
  },
  {
    name: 'a curation file is missing or not an object',
    edit: (i) => {
      i.signatories = undefined as unknown as Input['signatories'];
      i.actors = [] as unknown as Input['actors'];
    },
    expected: [
      `${S}: file not found (see data/curation/README.md for its format)`,
      `${A} › nodes: is missing`,
      `${A} › links: is missing`,
    ],
  },
  {
    name: 'a source file is missing',
    edit: (i) => (i.texts = new Map([['letter.txt', letterText]])),
    expected: [
      'fixtures/sources.json › [1] ("news"): file "news.txt" was not found next to sources.json',
    ],
  },
  {
    name: 'a source file not listed in sources.json',
    edit: (i) => (i.texts = new Map([...i.texts, ['extra.txt', 'x']])),
    expected: [
      'fixtures/sources.json: "extra.txt" is beside it but not listed; add its metadata or move it away',
    ],
  },
];

describe('buildDataset stops on bad input, naming file, entry and reason', () => {
  it.each(cases)('$name', ({ edit, expected }) => {
    const input = fixtureInput();
    edit(input);
    expect(errorsOf(input)).toEqual(expected);
  });

  it('collects all errors into one message', () => {
    const input = fixtureInput();
    delete input.signatories['Uyghur Academy'];
    input.actors.links[0]!.source = 'dolkun';
    expect(() => buildDataset(input)).toThrow(
      `The data build stopped: 2 problems.\n  - ${S}: no entry for "Uyghur Academy", printed on line 12 of fixtures/letter.txt\n  - ${A} › links[0] (dolkun leads world-uyghur-congress) › source: "dolkun" is not a node id`,
    );
  });
});
