import { tidyHtml } from './sanitize.ts';

/**
 * Remove `head` from the start and `tail` from the end of the text of sanitized HTML (the dateline
 * and the credit), comparing without whitespace so markup in between does not matter. A part that
 * does not match the HTML's text is left in place; elements emptied by the cut are unwrapped.
 */
export function trimHtmlText(html: string, head: string, tail: string): string {
  const headChars = squeeze(head);
  const tailChars = squeeze(tail);
  if (headChars === '' && tailChars === '') return html;

  let stream = '';
  tidyHtml(html, (text) => {
    stream += squeeze(text);
    return text;
  });
  const dropHead = headChars !== '' && stream.startsWith(headChars) ? headChars.length : 0;
  const tailFits =
    tailChars !== '' && stream.endsWith(tailChars) && stream.length - tailChars.length >= dropHead;
  const keepUntil = tailFits ? stream.length - tailChars.length : stream.length;
  if (dropHead === 0 && keepUntil === stream.length) return html;

  // Positions count UTF-16 units of non-space characters, the same unit `stream.length` counts in.
  let seen = 0;
  let kept = false;
  const cut = tidyHtml(html, (text) => {
    let out = '';
    for (const ch of text) {
      const space = /\s/.test(ch);
      const inside = seen >= dropHead && seen < keepUntil;
      // The space between the head and the first kept word would otherwise open the body.
      if (inside && (!space || kept || dropHead === 0)) {
        out += ch;
        kept ||= !space;
      }
      if (!space) seen += ch.length;
    }
    return out;
  });
  return tidyHtml(cut);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
