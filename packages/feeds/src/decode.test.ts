import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeFeedBytes } from './decode.ts';

const declared = (encoding: string, body: string) =>
  `<?xml version="1.0" encoding="${encoding}"?><r>${body}</r>`;

describe('decodeFeedBytes', () => {
  it('decodes by the XML declaration: koi8-r', () => {
    const bytes = iconv.encode(declared('koi8-r', 'Новости'), 'koi8-r');
    expect(decodeFeedBytes(bytes)).toMatchObject({
      text: declared('koi8-r', 'Новости'),
      from: 'xml-declaration',
    });
  });

  it('prefers the Content-Type charset to the declaration', () => {
    const bytes = iconv.encode(declared('utf-8', 'Привет'), 'windows-1251');
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="windows-1251"')).toMatchObject({
      text: declared('utf-8', 'Привет'),
      encoding: 'windows-1251',
      from: 'content-type',
    });
  });

  it('ignores a charset it does not know and falls through', () => {
    const bytes = iconv.encode(declared('iso-8859-2', 'Łódź'), 'iso-8859-2');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=x-bogus')).toMatchObject({
      text: declared('iso-8859-2', 'Łódź'),
    });
  });

  it('reads Latin-1 labels as windows-1252, as browsers do', () => {
    const bytes = Buffer.from(declared('ISO-8859-1', 'don\x92t \x80'), 'latin1');
    expect(decodeFeedBytes(bytes).text).toBe(declared('ISO-8859-1', 'don’t €'));
  });

  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])(
    'finds %s from its BOM, and without one',
    (encoding) => {
      const text = declared('utf-16', 'Grüße ✓');
      const withBom = iconv.encode(text, encoding, { addBOM: true });
      expect(decodeFeedBytes(withBom)).toMatchObject({ text, from: 'bom' });
      expect(decodeFeedBytes(iconv.encode(text, encoding)).text).toBe(text);
    },
  );

  it('strips a UTF-8 BOM and defaults to UTF-8', () => {
    expect(decodeFeedBytes(Buffer.from('\uFEFF<r>é</r>'))).toMatchObject({ text: '<r>é</r>', from: 'bom' });
    expect(decodeFeedBytes(Buffer.from('<r>é</r>'))).toMatchObject({ text: '<r>é</r>', from: 'default' });
  });

  it('reads bytes that are not UTF-8 under a UTF-8 label, or none, as windows-1252', () => {
    const curly = Buffer.from([0x3c, 0x72, 0x3e, 0x93, 0x78, 0x94, 0x3c, 0x2f, 0x72, 0x3e]);
    expect(decodeFeedBytes(curly)).toMatchObject({ text: '<r>\u201cx\u201d</r>', from: 'utf-8-invalid' });
    expect(decodeFeedBytes(curly, 'text/xml; charset=utf-8').text).toBe('<r>\u201cx\u201d</r>');
  });

  it('does not believe a UTF-16 declaration on single-byte text', () => {
    expect(decodeFeedBytes(Buffer.from(declared('utf-16', 'ok'))).text).toBe(declared('utf-16', 'ok'));
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'utf-8'],
    ['text/xml;charset="koi8-r"', 'koi8-r'],
    ['application/xml', undefined],
    ['text/xml; charset=', undefined],
    [undefined, undefined],
  ])('%s → %s', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});
