import { describe, expect, it } from 'vitest';
import { walkHtml } from './html-walk.ts';

describe('walkHtml', () => {
  it('reports tags and decoded text in document order, skipping non-text elements', () => {
    const events: string[] = [];
    walkHtml('<p class="x">a &amp; b<script>no</script><br></p>', {
      open: (tag, attribs) => events.push(`<${tag}${attribs.class ? `.${attribs.class}` : ''}>`),
      close: (tag) => events.push(`</${tag}>`),
      text: (text) => events.push(text),
    });
    expect(events.join('')).toBe('<p.x>a & b<script></script><br></br></p>');
  });
});
