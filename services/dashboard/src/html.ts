/** HTML that is already safe to emit: built by `html`, never from a plain string. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escape text for an element body or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/**
 * The one way pages make HTML: every interpolated value is escaped unless it is itself `html`.
 * Values from feeds (titles, bodies, URLs, error messages) can therefore only ever be text.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i] as Part) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** An href for a URL from a feed: http(s) only (no `javascript:`, `data:` …), else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link to a feed's URL when it is http(s), else the URL as plain text. */
export function externalLink(url: string | undefined, text?: string): SafeHtml {
  const href = safeHref(url);
  if (!href) return html`<span class="url">${text ?? url ?? ''}</span>`;
  return html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${text ?? url}</a>`;
}

// Feed HTML shown in a frame gets its own policy on top of the page's: nothing loads, nothing runs.
const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Feed HTML, shown only inside a sandboxed frame: `sandbox=""` gives it an opaque origin with no
 * scripts, forms, popups or navigation, and its own CSP forbids loading anything.
 */
export function sandboxedFrame(feedHtml: string, title: string): SafeHtml {
  const doc = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"></head><body>${feedHtml}</body></html>`;
  return html`<iframe class="feed-html" sandbox="" referrerpolicy="no-referrer" title="${title}" srcdoc="${doc}"></iframe>`;
}

/** "12s", "4m", "3h", "2d": a compact age. */
export function age(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3_600) return `${Math.floor(s / 60)}m`;
  if (s < 86_400) return `${Math.floor(s / 3_600)}h`;
  return `${Math.floor(s / 86_400)}d`;
}

/** An ISO time in a <time> element (UTC, to the second). */
export function time(value: number | string | undefined): SafeHtml {
  if (value === undefined || value === '') return html`–`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return html`${String(value)}`;
  const iso = date.toISOString();
  return html`<time datetime="${iso}">${iso.replace('T', ' ').slice(0, 19)}</time>`;
}
