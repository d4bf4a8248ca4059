import type { ErrorCode, RunSummary } from '@wirefeed/core';
import { ErrorCatalog } from '@wirefeed/core';

/** 4200 → "4.2s"; 65000 → "1m05s". */
export function formatElapsed(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** One line of progress: feeds read, items queued, how they settled so far, time spent. */
export function progressLine(summary: RunSummary | undefined, feedsTotal: number, elapsedMs: number): string {
  const feedsRead = summary?.feeds.length ?? 0;
  const c = summary?.counts;
  const parts = [
    `${feedsRead}/${feedsTotal} feed(s) read`,
    `${summary?.itemsRead ?? 0} item(s) queued`,
    `${c?.delivered ?? 0} delivered`,
    `${c?.duplicate ?? 0} duplicate(s)`,
    `${c?.unchanged ?? 0} unchanged`,
    `${c?.failed ?? 0} failed`,
  ];
  return `wirefeed process: ${parts.join(', ')} (${formatElapsed(elapsedMs)})`;
}

/**
 * A failure reason as recorded (`WF_E_FEED_PARSE: not well-formed XML at line 3`), in words: what the
 * code means, then the detail (`feed could not be parsed: not well-formed XML at line 3`).
 */
export function reasonInWords(reason: string): string {
  const m = /^(WF_E_[A-Z0-9_]+): ?([\s\S]*)$/.exec(reason);
  const code = m?.[1];
  const detail = (m?.[2] ?? reason).replace(/\s+/g, ' ').trim();
  if (!code || !(code in ErrorCatalog)) return detail;
  const summary = ErrorCatalog[code as ErrorCode].summary;
  return detail ? `${summary}: ${detail}` : summary;
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The line a failed feed or item prints: where it came from, the headline, why, in words. */
export function failureLine(
  failure: { feedId?: string; headline?: string; item?: string; reason: string },
  sourceOf: (feedId: string) => string | undefined,
): string {
  const where = failure.feedId ? (sourceOf(failure.feedId) ?? `feed ${failure.feedId}`) : 'an item';
  const what = failure.headline
    ? ` "${clip(failure.headline, 100)}"`
    : failure.item
      ? ` (item ${failure.item})`
      : '';
  return `wirefeed process: failed: ${where}${what}: ${clip(reasonInWords(failure.reason), 300)}`;
}

export type ProgressMode = 'live' | 'lines' | 'off';

export interface Progress {
  /** The run's state now: redraws the live line, or prints a plain line when one is due. */
  update(summary: RunSummary | undefined): void;
  /** A line that must stay (a failure): printed above the live line. */
  print(line: string): void;
  /** Clear the live line, before the summary. */
  finish(): void;
}

/**
 * Progress on stderr while `process` runs. `live` (a terminal) redraws one line in place; `lines`
 * (a pipe, a log file) prints a plain line every `everyMs`; `off` (--quiet) prints only what `print`
 * is given.
 */
export function createProgress(options: {
  write: (text: string) => void;
  mode: ProgressMode;
  feedsTotal: number;
  everyMs?: number;
  now?: () => number;
}): Progress {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const everyMs = options.everyMs ?? 3_000;
  let lastLine = '';
  let lastPrintAt = startedAt;
  let shown = false;
  const clear = () => {
    if (shown) options.write('\r\x1b[2K');
    shown = false;
  };
  return {
    update(summary) {
      const line = progressLine(summary, options.feedsTotal, now() - startedAt);
      if (options.mode === 'live') {
        if (line === lastLine && shown) return;
        options.write(`\r\x1b[2K${line}`);
        shown = true;
      } else if (options.mode === 'lines' && now() - lastPrintAt >= everyMs) {
        options.write(`${line}\n`);
        lastPrintAt = now();
      }
      lastLine = line;
    },
    print(line) {
      const redraw = shown;
      clear();
      options.write(`${line}\n`);
      if (redraw && lastLine) {
        options.write(lastLine);
        shown = true;
      }
    },
    finish: clear,
  };
}
