import { describe, expect, it } from 'vitest';
import { draftFromName } from '../../../src/lib/import/name-rules.ts';

describe('draftFromName: name → draft and rule', () => {
  it.each([
    {
      name: 'Uyghur Academy (Turkey)',
      group: 'diaspora',
      country: 'TR',
      tags: [],
      rule: '"turkey": the country in brackets after the name → TR',
    },
    {
      name: "Uyghur Women's Network in Sweden",
      group: 'diaspora',
      country: 'SE',
      tags: ['women'],
      rule: '"sweden": the name says where it is → SE',
    },
    {
      name: 'Japan Uyghur Association',
      group: 'diaspora',
      country: 'JP',
      tags: [],
      rule: '"japan": named for the country it serves → JP',
    },
    {
      name: 'Finnish Uyghur Culture Center',
      group: 'diaspora',
      country: 'FI',
      tags: [],
      rule: '"finnish": named for the country it serves → FI',
    },
    {
      name: 'Uyghur Association of Victoria, Australia',
      group: 'diaspora',
      country: 'AU',
      tags: [],
      rule: '"australia": the name says where it is → AU',
    },
    {
      name: 'Uyghur U.K. Association',
      group: 'diaspora',
      country: 'GB',
      tags: [],
      rule: '"u.k.": named for the country it serves → GB',
    },
    {
      name: 'East Turkistan Association in Finland',
      group: 'diaspora',
      country: 'FI',
      tags: [],
      rule: '"finland": the name says where it is → FI',
    },
    {
      name: 'Kazakh Voices Abroad',
      group: 'diaspora',
      country: null,
      tags: ['kazakh'],
      rule: null,
    },
    {
      name: 'Free Tibet Circle of Ireland',
      group: 'solidarity',
      country: 'IE',
      tags: ['tibet'],
      rule: '"ireland": the name says where it is → IE',
    },
    {
      name: 'Students for a Free Hong Kong',
      group: 'solidarity',
      country: null,
      tags: ['hong-kong', 'students'],
      rule: null,
    },
    {
      name: 'Hong Kong Democracy Council (HKDC)',
      group: 'solidarity',
      country: null,
      tags: ['hong-kong'],
      rule: null,
    },
    {
      name: 'Vietnam Human Rights Network',
      group: 'solidarity',
      country: null,
      tags: ['vietnam'],
      rule: null,
    },
    {
      name: 'Nordic Institute for Minority Studies',
      group: 'academic',
      country: null,
      tags: [],
      rule: null,
    },
    { name: 'Carleton University', group: 'academic', country: null, tags: [], rule: null },
    {
      name: 'Jewish Movement for Uyghur Freedom',
      group: 'faith',
      country: null,
      tags: ['jewish', 'uyghur-solidarity'],
      rule: null,
    },
    {
      name: "Lawyers' Rights Watch Canada",
      group: 'professional',
      country: 'CA',
      tags: ['lawyers'],
      rule: '"canada": named for the country it serves → CA',
    },
    { name: 'Bright Harbour Association', group: null, country: null, tags: [], rule: null },
  ])('$name', ({ name, group, country, tags, rule }) => {
    const draft = draftFromName(name);
    expect(draft.group?.value ?? null).toBe(group);
    expect(draft.country?.value ?? null).toBe(country);
    expect(draft.tags).toEqual(tags);
    if (rule) expect(draft.country?.note).toBe(`Name rule: ${rule}`);
  });

  it('says which words gave the group', () => {
    expect(draftFromName('Kazakh Voices Abroad').group?.note).toBe(
      'Name rule: "kazakh": a Kazakh or Turkic name → diaspora',
    );
  });
});
