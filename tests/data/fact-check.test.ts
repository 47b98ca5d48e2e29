/**
 * The fact-check of the dataset (issue 9 §4): each finding pinned on the committed file, so a
 * later curation cannot quietly bring it back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visibleAsOf } from '../../src/lib/timeline/timeline.ts';
import type { Dataset } from '../../src/lib/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const data = JSON.parse(readFileSync(`${root}data/coalition.json`, 'utf8')) as Dataset;

const node = (id: string) => {
  const found = data.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node "${id}"`);
  return found;
};
const link = (id: string) => {
  const found = data.links.find((l) => l.id === id);
  if (!found) throw new Error(`no link "${id}"`);
  return found;
};
const textOf = (doc: string) => data.documents.find((d) => d.id === doc)?.text ?? '';

describe('bases exactly as strong as their evidence', () => {
  it('the Campaign for Uyghurs is diaspora by curation: the VOA sentence calls its director an activist', () => {
    const cfu = node('campaign-for-uyghurs');
    expect(cfu.group).toBe('diaspora');
    expect(cfu.groupProvenance?.basis).toBe('curated');
    expect(cfu.groupProvenance?.citation).toBeUndefined();
    expect(cfu.groupProvenance?.note).toContain('general knowledge');
  });

  it.each([
    ['bauhinias-for-freedom', 'solidarity'],
    ['national-committee-of-democratic-party-of-china', 'solidarity'],
    ['world-uyghur-congress', 'diaspora'],
  ])('%s keeps %s, curated with a note saying general knowledge', (id, group) => {
    expect(node(id).group).toBe(group);
    expect(node(id).groupProvenance?.basis).toBe('curated');
    expect(node(id).groupProvenance?.note).toContain('general knowledge');
  });

  it('no document basis carries a reading note: the quote states the fact or the basis is not document', () => {
    const read = data.nodes.flatMap((n) =>
      [n.groupProvenance, n.countryProvenance]
        .filter((p) => p?.basis === 'document' && p.note !== undefined)
        .map(() => n.id),
    );
    expect(read).toEqual([]);
  });
});

describe('classifications', () => {
  it('the Uyghur Tribunal is not a professional body: unclassified, and the note says why', () => {
    const tribunal = node('uyghur-tribunal');
    expect(tribunal.group).toBeNull();
    expect(tribunal.tags).toEqual([]);
    expect(tribunal.groupProvenance?.basis).toBe('curated');
    expect(tribunal.groupProvenance?.note).toContain("people's tribunal");
  });

  it('the Victims of Communism Memorial Foundation is a US foundation: national', () => {
    const voc = node('victims-of-communism-memorial-foundation');
    expect([voc.group, voc.country, voc.groupProvenance?.basis]).toEqual([
      'national',
      'US',
      'curated',
    ]);
  });

  it('the groups for the Uyghur cause whose membership is not established are all left open alike', () => {
    const doubtful = [
      'uyghur-support-group-netherlands',
      'international-support-for-uyghurs',
      'stop-uyghur-genocide-australia',
      'stop-uyghur-genocide-canada',
      'justice-for-uyghurs-switzerland',
    ].map(node);
    expect(doubtful.map((n) => n.group)).toEqual([null, null, null, null, null]);
    expect(doubtful.filter((n) => n.tags.includes('uyghur-solidarity'))).toEqual([]);
    expect(new Set(doubtful.map((n) => n.groupProvenance?.note)).size).toBe(1);
    expect(doubtful[0]?.groupProvenance?.note).toContain('not established');
  });

  it('the Cairo Institute is placed in Tunisia with the note as general knowledge has it', () => {
    const cihrs = node('cairo-institute-for-human-rights-studies');
    expect(cihrs.country).toBe('TN');
    expect(cihrs.countryProvenance?.note).toContain('regional and international programmes');
    expect(cihrs.countryProvenance?.note).toContain('registered in Egypt');
  });
});

describe('section headings are no one’s mention', () => {
  const voa = textOf('voa-diaspora-groups');
  it.each(['US response', 'China\u2019s defense', 'China News'])(
    'nothing cites "%s"',
    (heading) => {
      const start = voa.indexOf(`${heading}\n`);
      expect(start).toBeGreaterThanOrEqual(0);
      const inside = data.nodes.filter((n) =>
        n.citations.some(
          (c) =>
            c.doc === 'voa-diaspora-groups' && c.start >= start && c.start < start + heading.length,
        ),
      );
      expect(inside.map((n) => n.id)).toEqual([]);
    },
  );
});

describe('dates bounded as the texts bound them', () => {
  it('UNPO’s joint letter is on or before 19 April 2022, and nothing dates it "April 2022"', () => {
    const letter = node('unpo-joint-letter-2022-04');
    expect(letter.date).toBe('2022-04-19');
    expect(letter.dateNote).toMatch(/^On or before 19 April 2022/);
    for (const n of [letter, node('unpo'), node('michelle-bachelet')]) {
      expect([n.name, ...n.aliases, n.description].join(' ')).not.toMatch(/(?<!\d )April 2022/);
    }
  });

  it.each([
    'dolkun-isa--welcomed--ohchr-assessment',
    'omer-kanat--welcomed--ohchr-assessment',
    'omer-kanat--criticised--china',
    'uyghur-human-rights-project--welcomed--ohchr-assessment',
    'rushan-abbas--criticised--ohchr-assessment',
    'rushan-abbas--criticised--chinese-communist-party',
    'salih-hudayar--criticised--ohchr-assessment',
    'salih-hudayar--criticised--china',
    'china--rejected--ohchr-assessment',
    'china--criticised--united-states',
  ])('%s: on or after 31 August 2022, a reaction to the report', (id) => {
    expect(link(id).date).toBe('2022-08-31');
    expect(link(id).note).toMatch(/^On or after 31 August 2022/);
  });

  it('the links of China’s response and of its letter take their dates and bounds', () => {
    const dated = ['china-response-to-ohchr-assessment', 'china-letter-against-release'].flatMap(
      (id) =>
        data.links
          .filter((l) => l.source === id || l.target === id)
          .map((l) => [l.id, l.date, l.note?.slice(0, 12)]),
    );
    expect(dated.sort()).toEqual([
      ['china--authored--china-letter-against-release', '2022-08-31', 'On or before'],
      ['china--authored--china-response-to-ohchr-assessment', '2022-09-02', 'On or before'],
      [
        'china-letter-against-release--addressed_to--michelle-bachelet',
        '2022-08-31',
        'On or before',
      ],
      [
        'china-response-to-ohchr-assessment--criticised--victims-of-communism-memorial-foundation',
        '2022-09-02',
        'On or before',
      ],
      [
        'china-response-to-ohchr-assessment--responded_to--ohchr-assessment',
        '2022-09-02',
        'On or before',
      ],
    ]);
  });

  it.each([
    { asOf: '2020', leaders: ['donald-trump'] },
    { asOf: '2022-03-08', leaders: ['joe-biden'] },
    { asOf: '2022-09-02', leaders: ['joe-biden'] },
  ])('as of $asOf the United States is led by $leaders alone', ({ asOf, leaders }) => {
    const shown = visibleAsOf(data, asOf).links;
    const lead = data.links.filter(
      (l) => l.relation === 'leads' && l.target === 'united-states' && shown.has(l.id),
    );
    expect(lead.map((l) => l.source)).toEqual(leaders);
  });
});

describe('as the texts say it', () => {
  it('Trump "declared" genocide according to the news report; the determination was Pompeo’s', () => {
    for (const id of ['donald-trump--criticised--china', 'united-states--criticised--china']) {
      expect(link(id).note).toContain('According to the news report');
      expect(link(id).note).toMatch(
        /Mike Pompeo,? on 19 January 2021 \(curated, general knowledge\)/,
      );
    }
    expect(node('donald-trump').description).toContain('According to the news report');
  });

  it('the letter welcomed the September 2021 confirmation, on its own date, not Bachelet in 2021', () => {
    expect(
      data.links.some((l) => l.id === 'open-letter-2022-03-08--welcomed--michelle-bachelet'),
    ).toBe(false);
    const welcomed = link('open-letter-2022-03-08--welcomed--bachelet-confirmation-2021-09');
    expect(welcomed.date).toBe('2022-03-08');
    expect(welcomed.citations.map((c) => c.quote)).toEqual([
      'we welcomed your confirmation in September last year',
    ]);
    expect(node('bachelet-confirmation-2021-09').date).toBe('2021-09');
    expect(link('michelle-bachelet--authored--bachelet-confirmation-2021-09').date).toBe('2021-09');
    expect(visibleAsOf(data, '2022-03-07').links.has(welcomed.id)).toBe(false);
    expect(visibleAsOf(data, '2022-03-08').links.has(welcomed.id)).toBe(true);
  });

  it('the December 2021 assurance is recorded as the letter tells it, and the WSJ link says how it differs', () => {
    const assurance = node('bachelet-assurance-2021-12');
    expect(assurance.date).toBe('2021-12');
    expect(assurance.citations.map((c) => c.quote)).toEqual(['assured by your spokesperson']);
    expect(
      link('michelle-bachelet--authored--bachelet-assurance-2021-12').citations[0]?.quote,
    ).toBe(
      'after having been assured by your spokesperson in December the report would be released in a matter of weeks',
    );
    const wsj = link('wall-street-journal--reported--ohchr').note ?? '';
    expect(wsj).toContain('in December her spokesperson gave the assurance');
    expect(wsj).toContain('in a matter of weeks');
  });

  it('the Secretary-General’s report on reprisals is an actor, with what the UNPO item says of it', () => {
    expect(node('sg-reprisals-report').kind).toBe('report');
    const about = data.links.filter((l) => [l.source, l.target].includes('sg-reprisals-report'));
    expect(about.map((l) => l.id).sort()).toEqual([
      'sg-reprisals-report--criticised--china',
      'sg-reprisals-report--criticised--saudi-arabia',
      'un-secretary-general--published--sg-reprisals-report',
      'unpo--cited--sg-reprisals-report',
    ]);
    expect(about.every((l) => l.citations.every((c) => c.doc === 'unpo-joint-letter'))).toBe(true);
  });

  it('Bachelet’s announced visit is an actor: she announced it, the joint letter answered it', () => {
    expect(
      link('michelle-bachelet--authored--bachelet-visit-announcement-2022').citations[0]?.quote,
    ).toBe('her announcement of a visit to China PR at some point in May');
    expect(
      link('unpo-joint-letter-2022-04--responded_to--bachelet-visit-announcement-2022').date,
    ).toBe('2022-04-19');
  });

  it('no actor is an orphan: Getty Images distributed the photograph of the Tribunal', () => {
    const linked = new Set(data.links.flatMap((l) => [l.source, l.target]));
    expect(data.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
    const getty = link('getty-images--reported--uyghur-tribunal').citations.map((c) => c.quote);
    expect(getty).toContain('Photo by TOLGA AKMEN/AFP via Getty Images');
  });
});
