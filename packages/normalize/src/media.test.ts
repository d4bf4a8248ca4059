import { describe, expect, it } from 'vitest';
import { cleanMedia, cleanRights, MAX_MEDIA } from './media.ts';

describe('cleanMedia', () => {
  it('makes addresses absolute, keeps http(s) only and drops media without a usable file', () => {
    const media = cleanMedia(
      [
        {
          kind: 'picture',
          href: '/img/a.jpg',
          caption: '  A <b>caption</b>\n with   spaces ',
          credit: 'Photo: Jane Doe',
          renditions: [
            { name: ' thumb ', href: 'thumbs/a.jpg', width: 100, height: 80 },
            { href: 'javascript:alert(1)' },
            { href: 'file:///etc/passwd' },
          ],
        },
        { kind: 'file', href: 'ftp://example.com/a.pdf', renditions: [] },
        { kind: 'video', href: 'data:video/mp4;base64,AAAA', renditions: [{ href: 'mailto:x@y' }] },
      ],
      'https://news.example/world/story.html',
    );
    expect(media).toStrictEqual([
      {
        kind: 'picture',
        href: 'https://news.example/img/a.jpg',
        caption: 'A caption with spaces',
        credit: 'Photo: Jane Doe',
        renditions: [
          { name: 'thumb', href: 'https://news.example/world/thumbs/a.jpg', width: 100, height: 80 },
        ],
      },
    ]);
  });

  it('takes at most MAX_MEDIA media from a hostile item', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      kind: 'picture' as const,
      href: `https://cdn.example/${String(i)}.jpg`,
      renditions: [],
    }));
    expect(cleanMedia(many, undefined)).toHaveLength(MAX_MEDIA);
  });
});

describe('cleanRights', () => {
  it('keeps what is stated and nothing blank', () => {
    expect(cleanRights({ holder: ' AP ', notice: '', usageTerms: undefined })).toStrictEqual({
      holder: 'AP',
    });
    expect(cleanRights({ notice: '  ' })).toBeUndefined();
  });
});
