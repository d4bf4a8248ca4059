import type { FeedHealth } from './feeds.ts';
import { age, externalLink, html, time } from './html.ts';
import type { PageContext } from './pages.ts';
import { action, layout } from './pages.ts';

/** The subscriptions: health of each feed, and (for admins) the forms to add, import and act. */
export function feedsPage(ctx: PageContext, feeds: readonly FeedHealth[]): string {
  const admin = ctx.role === 'admin';
  const body = html`<h1>Feeds</h1>
<div class="toolbar"><a href="/api/feeds/opml" download="wirefeed-feeds.opml">Export OPML</a></div>
${
  admin
    ? html`<details class="add-feed" open><summary>Add a feed</summary>
<form method="post" action="/api/feeds" id="add-feed">
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="_back" value="/feeds">
<label>URL <input type="url" name="url" required placeholder="https://…/feed.xml"></label>
<label>ID <input type="text" name="id" pattern="[A-Za-z0-9_.\\-]{1,64}" placeholder="derived from the URL"></label>
<label>Title <input type="text" name="title"></label>
<label>Tags <input type="text" name="tags" placeholder="comma list"></label>
<label>Interval <input type="text" name="interval" placeholder="5m"></label>
<button type="submit">Add</button>
</form></details>
<details class="import"><summary>Import OPML</summary>
<form method="post" action="/api/feeds/opml">
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="_back" value="/feeds">
<textarea name="opml" rows="6" required placeholder="paste an OPML document"></textarea>
<button type="submit">Import</button>
</form></details>`
    : ''
}
<table class="feeds" id="feeds">
<thead><tr><th>Feed</th><th>Status</th><th>Last fetch</th><th>Next fetch</th><th>Interval</th><th>Items</th><th>Items/day</th><th>Error streak</th><th>Last error</th><th></th></tr></thead>
<tbody>
${feeds.map(
  (f) => html`<tr data-feed="${f.id}" class="status-${f.status}">
<td><b>${f.title ?? f.id}</b><br><small><code>${f.id}</code> · ${externalLink(f.url)}</small>${f.tags.length ? html`<br><small>${f.tags.join(', ')}</small>` : ''}</td>
<td class="status">${f.status}${f.quiet && f.status !== 'quiet' ? html` <span class="badge">quiet</span>` : ''}${f.pausedReason ? html`<br><small>${f.pausedReason}</small>` : ''}</td>
<td>${time(f.lastFetchAt)}${f.lastOutcome ? html`<br><small>${f.lastOutcome}${f.lastStatus ? ` ${f.lastStatus}` : ''}</small>` : ''}${f.lastSkipped ? html`<br><small class="skipped" title="${f.lastSkipped.reasons.join('\n')}">${f.lastSkipped.count} entr${f.lastSkipped.count === 1 ? 'y' : 'ies'} skipped</small>` : ''}</td>
<td>${time(f.nextFetchAt)}</td>
<td>${age(f.intervalMs)}</td>
<td class="items">${f.itemsSeen}${f.deferredItems ? html`<br><small class="waiting">${f.deferredItems} waiting</small>` : ''}</td>
<td>${f.itemsPerDay ?? ''}</td>
<td class="streak">${f.errorStreak}</td>
<td class="error">${f.lastError ? `${f.lastError.code}: ${f.lastError.message}` : ''}</td>
<td class="actions">
${action(ctx, `/api/feeds/${f.id}/fetch`, 'Fetch now')}
${f.paused ? action(ctx, `/api/feeds/${f.id}/resume`, 'Resume') : action(ctx, `/api/feeds/${f.id}/pause`, 'Pause')}
${action(ctx, `/api/feeds/${f.id}/remove`, 'Remove', `Unsubscribe from ${f.id}?`)}
<a href="/trace?q=${encodeURIComponent(`feed:${f.id}`)}">stories</a>
</td></tr>`,
)}
</tbody></table>
${feeds.length === 0 ? html`<p class="empty">No subscriptions yet.</p>` : ''}`;
  return layout(ctx, 'Feeds', body, 'feeds');
}
