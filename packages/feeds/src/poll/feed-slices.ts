/**
 * Where to cut an XML feed of very many items into feeds of fewer: each slice is the document up to
 * its first item, a run of items, and the document after its last item, so it is a feed of its own
 * that parses in bounded memory and time (a parser builds a tree of the whole document: 11 MB of
 * 100,000 items took 330 MB and seconds of one core).
 */
export interface FeedSlices {
  count: number;
  /** Slice `i`, built when asked for: only one is in memory at a time. */
  slice(i: number): Uint8Array;
}

/**
 * The slices of `body` of `perSlice` items each, or undefined for a document with at most
 * `perSlice` items, one whose items cannot be found as plain `<item>` or `<entry>` elements (CDATA
 * sections and comments are text: an `<item>` in them is not one), or one that is not
 * ASCII-compatible text. Scans the bytes once per element name; copies nothing.
 */
export function feedSlices(body: Uint8Array, perSlice: number): FeedSlices | undefined {
  // UTF-16 and UTF-32 spell `<item` with zero bytes between: not cut.
  if (body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)))
    return undefined;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  for (const name of ['item', 'entry']) {
    const starts = elementStarts(text, name);
    if (starts.length <= perSlice) continue;
    const closing = Buffer.from(`</${name}>`, 'latin1');
    const last = text.lastIndexOf(closing);
    if (last < (starts.at(-1) as number)) return undefined;
    const end = last + closing.length;
    const head = text.subarray(0, starts[0]);
    const tail = text.subarray(end);
    return {
      count: Math.ceil(starts.length / perSlice),
      slice(i) {
        const from = starts[i * perSlice] as number;
        const next = starts[(i + 1) * perSlice];
        return Buffer.concat([head, text.subarray(from, next ?? end), tail]);
      },
    };
  }
  return undefined;
}

const CDATA = Buffer.from('<![CDATA[', 'latin1');
const CDATA_END = Buffer.from(']]>', 'latin1');
const COMMENT = Buffer.from('<!--', 'latin1');
const COMMENT_END = Buffer.from('-->', 'latin1');

/** [start, end) of every CDATA section and comment, in order: text, where `<item` is no element. */
function textSections(text: Buffer): [number, number][] {
  const sections: [number, number][] = [];
  let at = 0;
  for (;;) {
    const cdata = text.indexOf(CDATA, at);
    const comment = text.indexOf(COMMENT, at);
    if (cdata === -1 && comment === -1) return sections;
    const isCdata = cdata !== -1 && (comment === -1 || cdata < comment);
    const start = isCdata ? cdata : comment;
    const close = text.indexOf(
      isCdata ? CDATA_END : COMMENT_END,
      start + (isCdata ? CDATA.length : COMMENT.length),
    );
    const end = close === -1 ? text.length : close + (isCdata ? CDATA_END.length : COMMENT_END.length);
    sections.push([start, end]);
    at = end;
  }
}

// Offsets of `<name` followed by whitespace, `>` or `/` outside CDATA and comments: the element, not
// `<items`, `<entry-x`, or the text of a description that spells one.
function elementStarts(text: Buffer, name: string): number[] {
  const open = Buffer.from(`<${name}`, 'latin1');
  const sections = textSections(text);
  const starts: number[] = [];
  let section = 0;
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + open.length)) {
    while (section < sections.length && (sections[section]?.[1] ?? 0) <= at) section += 1;
    const inside = section < sections.length && (sections[section]?.[0] ?? Number.POSITIVE_INFINITY) <= at;
    const next = text[at + open.length];
    const element =
      next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
    if (element && !inside) starts.push(at);
  }
  return starts;
}
