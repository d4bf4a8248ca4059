import { htmlToText, TextGatherer } from './html-to-text.ts';
import type { TidyObserver, TidyVerdict } from './sanitize.ts';
import { BODY_TAGS, sanitizeBodyHtml, sanitizeBodyOnce } from './sanitize.ts';

/** A feed's HTML body, sanitized, with the text of that sanitized HTML. */
export interface SanitizedBody {
  html: string;
  /** `htmlToText(html)`. */
  text: string;
  /**
   * Every text character of `html` in order, decoded (what `trimTidyHtml` counts the non-space
   * characters of); undefined when the pass could not vouch for it and the caller must read `html` again.
   */
  stream?: string;
}

// What `collapseDoubleEscapes` would change: if the sanitized HTML holds one, a later read of it decodes
// that text once more than the sanitizer did, and only a real reparse gives the same text.
const DOUBLE_ESCAPE = /&amp;(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * Sanitize a body, in one pass where that gives the same HTML, and read its text from that pass
 * instead of parsing the result again. The text is the same as `htmlToText(html)` by construction; for the few shapes where that
 * cannot be shown from the pass alone (see `PassMirror`), the HTML is read again.
 */
export function sanitizeBodyWithText(value: string, baseUrl: string | undefined): SanitizedBody {
  let mirror = new PassMirror();
  let html = sanitizeBodyOnce(value, baseUrl, mirror);
  if (html === undefined) {
    mirror = new PassMirror();
    html = sanitizeBodyHtml(value, baseUrl, mirror);
  }
  if (!mirror.exact || DOUBLE_ESCAPE.test(html)) return { html, text: htmlToText(html) };
  return { html, text: mirror.gatherer.finish(), stream: mirror.plain };
}

interface OpenElement {
  tag: string;
  start: number;
  plainStart: number;
  hasChildren: boolean;
}

/**
 * Mirrors the text of the HTML a tidy pass writes, by undoing what an element added once the pass
 * unwraps or removes it. That holds for elements with no child elements: taking one away leaves
 * only text behind, which cannot change how the rest parses. An element with children, or a
 * `<pre>` (its newlines are breaks only inside it), makes the mirror give up (`exact` false).
 */
class PassMirror implements TidyObserver {
  readonly gatherer = new TextGatherer();
  plain = '';
  exact = true;
  #stack: OpenElement[] = [];
  #closed: OpenElement | undefined;

  open(tag: string): void {
    if (!BODY_TAGS.has(tag)) this.exact = false;
    const parent = this.#stack.at(-1);
    if (parent) parent.hasChildren = true;
    this.#stack.push({ tag, start: this.gatherer.offset, plainStart: this.plain.length, hasChildren: false });
    this.gatherer.open(tag);
  }

  close(tag: string): void {
    this.gatherer.close(tag);
    this.#closed = this.#stack.pop();
    if (this.#closed?.tag !== tag) this.exact = false;
  }

  text(text: string, dropped: boolean): void {
    // The pass judged emptiness on the text before control characters were dropped, so a second
    // pass over its output could unwrap what it kept; only a real read of the output tells.
    if (dropped) this.exact = false;
    this.gatherer.strippedText(text);
    this.plain += text;
  }

  verdict(tag: string, verdict: TidyVerdict): void {
    const element = this.#closed;
    this.#closed = undefined;
    if (element?.tag !== tag) {
      this.exact = false;
      return;
    }
    if (verdict === 'keep') return;
    if (element.hasChildren || tag === 'pre') {
      this.exact = false;
    } else if (verdict === 'remove') {
      this.gatherer.truncate(element.start);
      this.plain = this.plain.slice(0, element.plainStart);
    } else {
      this.gatherer.unwrap(tag, element.start);
    }
  }
}
