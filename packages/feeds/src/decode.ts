import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset used, as named by whichever source decided it. */
  encoding: string;
  /** The charset as the document or the server named it (`iso-8859-1` read as windows-1252 stays `iso-8859-1`). */
  label?: string;
  /** `utf-8-invalid`: UTF-8 was named or assumed, but the bytes are not UTF-8; read as windows-1252. */
  from: 'content-type' | 'bom' | 'xml-declaration' | 'default' | 'utf-8-invalid';
}

const BOMS: readonly [bytes: readonly number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// How `<?` begins in each wide encoding: without a BOM this is the only way to read the declaration.
const WIDE_PREFIXES: readonly [bytes: readonly number[], encoding: string][] = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

// As browsers do (WHATWG Encoding Standard): documents labelled Latin-1 or ASCII are decoded as
// windows-1252, whose curly quotes, dashes and euro sign they nearly always contain.
const AS_WINDOWS_1252 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
]);

function known(name: string | undefined): string | undefined {
  const label = name
    ?.trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  // iconv-lite also "decodes" base64 and hex, which no document is written in.
  if (!label || !iconv.encodingExists(label) || /^(base64|hex)/.test(label)) return undefined;
  return AS_WINDOWS_1252.has(label) ? 'windows-1252' : label;
}

/** The `charset` parameter of a Content-Type header, when iconv-lite knows it. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return known(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i.exec(contentType ?? '')?.[1]);
}

// The label itself, when it names a charset we can read.
function labelOf(name: string | undefined): string | undefined {
  const label = name
    ?.trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  return known(label) ? label : undefined;
}

const headerLabel = (contentType: string | undefined) =>
  labelOf(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i.exec(contentType ?? '')?.[1]);

const declarationLabel = (bytes: Uint8Array) =>
  labelOf(
    /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']{1,40})["']/.exec(
      iconv.decode(bytes.subarray(0, 512), 'latin1'),
    )?.[1],
  );

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The prefix already fixes width and byte order; a declaration could only contradict it.
  const wide = WIDE_PREFIXES.find(([prefix]) => startsWith(bytes, prefix))?.[1];
  if (wide) return wide;
  const head = iconv.decode(bytes.subarray(0, 512), 'latin1');
  const declared = known(/^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']{1,40})["']/.exec(head)?.[1]);
  // These bytes are ASCII-compatible, so a wide declaration is a lie.
  return declared && /^utf-?(16|32)/.test(declared) ? undefined : declared;
}

/**
 * Turns feed bytes into text. The charset comes from the Content-Type header, else a byte order mark,
 * else the XML declaration, else UTF-8. The BOM is consulted before the declaration because a UTF-16 or
 * UTF-32 declaration cannot be read without knowing the byte width first, and because a BOM is
 * unambiguous while declarations go stale when files are re-saved. Any leading BOM is removed.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const fromHeader = charsetOf(contentType);
  const fromBom = BOMS.find(([prefix]) => startsWith(bytes, prefix))?.[1];
  const fromDeclaration = fromHeader || fromBom ? undefined : declaredEncoding(bytes);
  const encoding = fromHeader ?? fromBom ?? fromDeclaration ?? 'utf-8';
  const from = fromHeader
    ? 'content-type'
    : fromBom
      ? 'bom'
      : fromDeclaration
        ? 'xml-declaration'
        : 'default';
  // Bytes that are not UTF-8 under a UTF-8 label are nearly always windows-1252 text whose label went
  // stale (feedparser, browsers' sniffing): read so, a curly quote stays a curly quote.
  if (encoding === 'utf-8' && !fromBom && !isUtf8(bytes)) {
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', from: 'utf-8-invalid' };
  }
  const text = iconv.decode(bytes, encoding);
  const label =
    from === 'content-type'
      ? headerLabel(contentType)
      : from === 'xml-declaration'
        ? declarationLabel(bytes)
        : encoding;
  return {
    text: text.startsWith('\uFEFF') ? text.slice(1) : text,
    encoding,
    ...(label ? { label } : {}),
    from,
  };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
