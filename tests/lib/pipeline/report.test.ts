import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build.ts';
import { datasetJsonSchema } from '../../../src/lib/pipeline/json-schema.ts';
import { qualityReport } from '../../../src/lib/pipeline/report.ts';
import { fixtureInput } from './fixture.ts';

describe('qualityReport', () => {
  it('prints counts, unknown countries and near-duplicate names for the fixture', () => {
    expect(qualityReport(buildDataset(fixtureInput()))).toBe(
      [
        'Dataset edition 2022-03-01: 2 documents, 10 nodes, 9 links, 6 signatories.',
        'Nodes by kind: organisation 5 · person 3 · coalition 1 · intergovernmental 1',
        'Links by relation: signed 6 · addressed_to 1 · affiliated_with 1 · leads 1',
        'Organisations and individual signatories (6):',
        '  by group: diaspora 3 · academic 1 · individual 1 · professional 1',
        '  by region: Asia 2 · Europe 2 · unknown 2',
        '  group basis: curated 3 · name 3',
        '  country basis: curated 4 · document 1 · name 1',
        'Group not classified (0):',
        'Country unknown (2):',
        '  - Mamatjan Nayup',
        '  - World Uyghur Congress Foundation',
        'Names so alike they may be one organisation (1; not merged, check by hand):',
        '  - "World Uyghur Congress" / "World Uyghur Congress Foundation" (0.75)',
        '',
      ].join('\n'),
    );
  });
});

describe('datasetJsonSchema', () => {
  it('is draft-07 with the vocabularies of types.ts', () => {
    const schema = datasetJsonSchema() as {
      $schema: string;
      required: string[];
      properties: {
        version: unknown;
        links: { items: { properties: { relation: { enum: string[] } } } };
      };
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(['version', 'edition', 'documents', 'nodes', 'links']);
    expect(schema.properties.version).toEqual({ const: 1 });
    expect(schema.properties.links.items.properties.relation.enum).toContain('spokesperson_for');
  });
});
