import { describe, expect, it } from 'vitest';
import {
  clickerMove,
  clock,
  fresh,
  isEnvelope,
  type Envelope,
} from '../../../src/lib/story/console.ts';
import { formatStamp } from '../../../src/lib/story/stamp.ts';
import {
  readTalk,
  talkBlock,
  talkFileName,
  withTalk,
  type TalkData,
} from '../../../src/lib/story/talk-file.ts';

const REF = { edition: '2022-09-01', title: 'Open letter' };
const talk: TalkData = {
  version: 1,
  stories: [
    {
      id: 'abc-1',
      story: {
        title: 'Talk </script><script>alert(1)</script>',
        dataset: REF,
        steps: [],
      },
    },
  ],
  dataset: null,
  hidePeople: true,
};
const APP =
  '<!doctype html><html><head><title>A</title><script type="module">go()</script></head><body></body></html>';

describe('talk files: the offline app with the talk as a data block', () => {
  it('adds the block before </head>, and a text can never close it early', () => {
    const html = withTalk(APP, talk);
    expect(html.indexOf('id="talk-data"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const text = /<script type="application\/json" id="talk-data">([\s\S]*?)<\/script>/.exec(
      html,
    )![1];
    expect(readTalk(text)).toEqual(talk);
  });

  it('a talk written from a talk file replaces the old block', () => {
    const again = withTalk(withTalk(APP, talk), { ...talk, hidePeople: false });
    expect(again.match(/id="talk-data"/g)).toHaveLength(1);
    expect(again).toContain('"hidePeople":false');
  });

  it('refuses a page that is not the app', () => {
    expect(() => withTalk('<p>hi</p>', talk)).toThrow('not the offline build');
  });

  it.each([
    { name: 'missing', text: null, expected: null },
    { name: 'not JSON', text: '{', expected: null },
    { name: 'another version', text: '{"version":2,"stories":[]}', expected: null },
    {
      name: 'defaults',
      text: '{"version":1,"stories":[]}',
      expected: { version: 1, stories: [], dataset: null, hidePeople: false },
    },
  ])('readTalk: $name', ({ text, expected }) => {
    expect(readTalk(text)).toEqual(expected);
  });

  it('talkBlock escapes < only', () => {
    expect(talkBlock({ ...talk, stories: [] })).toBe(
      '<script type="application/json" id="talk-data">{"version":1,"stories":[],"dataset":null,"hidePeople":true}</script>\n',
    );
  });

  it.each([
    { title: 'Briefing: MPs', expected: 'briefing-mps.talk.html' },
    { title: '', expected: 'talk.talk.html' },
  ])('talkFileName($title)', ({ title, expected }) => {
    expect(talkFileName(title)).toBe(expected);
  });
});

describe('console protocol', () => {
  const env = (from: string, seq: number): Envelope => ({
    app: 'coalition-atlas-talk',
    from,
    seq,
    message: { kind: 'hello' },
  });
  it('applies a message once, however many routes bring it', () => {
    const seen = new Map<string, number>();
    expect(
      [env('a', 1), env('a', 1), env('b', 1), env('a', 2), env('a', 2)].map((e) => fresh(seen, e)),
    ).toEqual([true, false, true, true, false]);
  });
  it.each([
    { data: env('a', 1), expected: true },
    { data: { ...env('a', 1), app: 'other' }, expected: false },
    { data: 'hello', expected: false },
    { data: null, expected: false },
  ])('isEnvelope %#', ({ data, expected }) => {
    expect(isEnvelope(data)).toBe(expected);
  });
  it.each([
    { key: 'PageDown', expected: 'next' },
    { key: 'ArrowRight', expected: 'next' },
    { key: ' ', expected: 'next' },
    { key: 'PageUp', expected: 'previous' },
    { key: 'ArrowLeft', expected: 'previous' },
    { key: 'b', expected: null },
  ])('clicker key $key', ({ key, expected }) => {
    expect(clickerMove(key)).toBe(expected);
  });
  it.each([
    { ms: 0, expected: '0:00' },
    { ms: 75_000, expected: '1:15' },
    { ms: 3_725_000, expected: '1:02:05' },
    { ms: -5, expected: '0:00' },
  ])('clock($ms)', ({ ms, expected }) => {
    expect(clock(ms)).toBe(expected);
  });
});

describe('formatStamp', () => {
  it('writes a local date and time without Intl', () => {
    const d = new Date(2026, 11, 4, 9, 5);
    expect(formatStamp(d.toISOString())).toBe('4 Dec 2026, 09:05');
    expect(formatStamp('not a date')).toBe('not a date');
  });
});

describe('withTalk in the real offline file', () => {
  it('skips the same strings inside the app’s own code', () => {
    const code = `<script type="module">const a = '</head>'; const b = '<script type="application/json" id="talk-data">';</script>`;
    const html = `<!doctype html><html><head>${code}</head><body></body></html>`;
    const once = withTalk(html, talk);
    expect(
      once.startsWith(`<!doctype html><html><head>${code}<script type="application/json"`),
    ).toBe(true);
    const twice = withTalk(once, { ...talk, hidePeople: false });
    expect(twice.match(/"version":1/g)).toHaveLength(1);
    expect(twice).toContain(code);
  });
});
