import { describe, expect, it } from 'vitest';
import { readTextSliced } from '../../../src/lib/dataset/read-body.ts';

/** A response whose body arrives in exactly these byte chunks. */
function chunked(chunks: Uint8Array[]): Response {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
  return new Response(body);
}

/** `bytes` cut every `size` bytes, so multi-byte characters fall across chunks. */
function cut(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

describe('readTextSliced', () => {
  const text = '{"label":"Uyghur Hjelp — Ürümqi, 新疆","note":"🙂 ok"}';
  const bytes = new TextEncoder().encode(text);

  it('gives the text that text() gives, whatever the chunk size', async () => {
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      expect(await readTextSliced(chunked(cut(bytes, size)))).toBe(text);
    }
  });

  it('drops a leading byte-order mark and replaces malformed bytes, as text() does', async () => {
    const odd = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62, 0xe2, 0x82]);
    const expected = await new Response(odd).text();
    expect(expected).toBe('a\uFFFDb\uFFFD');
    expect(await readTextSliced(chunked(cut(odd, 1)))).toBe(expected);
  });

  it('gives the main thread back once a slice has used its budget', async () => {
    let yields = 0;
    const between = () => {
      yields += 1;
      return Promise.resolve();
    };
    // A budget of 0: every chunk is a slice of its own.
    expect(await readTextSliced(chunked(cut(bytes, 10)), 0, between)).toBe(text);
    expect(yields).toBe(Math.ceil(bytes.length / 10));
    // A generous budget: one slice, no yield.
    yields = 0;
    expect(await readTextSliced(chunked(cut(bytes, 10)), 60_000, between)).toBe(text);
    expect(yields).toBe(0);
  });

  it('reads an empty body as an empty text', async () => {
    expect(await readTextSliced(new Response(null))).toBe('');
    expect(await readTextSliced(chunked([]))).toBe('');
  });

  it('rejects when the body stops with an error', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(bytes.slice(0, 8));
        } else controller.error(new TypeError('network error'));
      },
    });
    await expect(readTextSliced(new Response(body))).rejects.toThrow('network error');
  });
});
