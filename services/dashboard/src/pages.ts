import type { PipelineQueue } from '@wirefeed/core';
import type { IndexedStory } from '@wirefeed/story-index';
import type { Role } from './auth.ts';
import type { SafeHtml } from './html.ts';
import { age, externalLink, html, sandboxedFrame, time } from './html.ts';
import type { JobDetail, JobSummary, ListState } from './jobs.ts';
import { LIST_STATES } from './jobs.ts';
import type { Overview, StageOverview } from './pipeline.ts';
import type { DeliveredStory } from './stories.ts';
import type { StoryTrace } from './trace.ts';

/** What every page needs to draw its frame and forms. */
export interface PageContext {
  role: Role;
  csrf: string;
  /** The path and query of this page: forms come back to it. */
  path: string;
  message?: string;
}

const NAV = [
  ['/', 'Pipeline'],
  ['/jobs', 'Jobs'],
  ['/stories', 'Stories'],
  ['/trace', 'Trace'],
  ['/feeds', 'Feeds'],
] as const;

export function layout(ctx: PageContext, title: string, body: SafeHtml, page: string): string {
  const current = (href: string) => (href === '/' ? ctx.path === '/' : ctx.path.startsWith(href));
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.csrf}">
<title>${title} · Wirefeed</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body data-page="${page}" data-role="${ctx.role}">
<header>
  <a class="brand" href="/">Wirefeed</a>
  <nav>${NAV.map(([href, label]) => html`<a href="${href}"${current(href) ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
  <span class="who">${ctx.role}</span>
  <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">Log out</button></form>
</header>
<main>
${ctx.message ? html`<p class="flash" role="status">${ctx.message}</p>` : ''}
${body}
</main>
</body>
</html>`.value;
}

export function loginPage(csrf: string, error?: string): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · Wirefeed</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body data-page="login">
<main class="login">
<h1>Wirefeed</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/login">
  <input type="hidden" name="_csrf" value="${csrf}">
  <label>Token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
  <button type="submit">Log in</button>
</form>
<p class="hint">The token is WIREFEED_DASHBOARD_TOKEN (admin) or WIREFEED_DASHBOARD_VIEWER_TOKEN (read-only); <code>wirefeed start</code> prints one when none is set.</p>
</main>
</body>
</html>`.value;
}

/** A POST button for an action; hidden for viewers (the server refuses them anyway). */
export function action(
  ctx: PageContext,
  href: string,
  label: string,
  confirm?: string,
  extra: Record<string, string> = {},
): SafeHtml {
  if (ctx.role !== 'admin') return html``;
  return html`<form method="post" action="${href}" class="inline"${confirm ? html` data-confirm="${confirm}"` : ''}>
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="_back" value="${ctx.path}">${Object.entries(extra).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit">${label}</button></form>`;
}

const COUNT_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** A sparkline of per-minute throughput, newest on the right, as inline SVG (no script, no style). */
export function sparkline(perMinute: readonly number[]): SafeHtml {
  const points = [...perMinute].reverse();
  const max = Math.max(1, ...points);
  const w = 180;
  const h = 30;
  const step = points.length > 1 ? w / (points.length - 1) : w;
  const coords = points.map((v, i) => `${(i * step).toFixed(1)},${(h - (v / max) * h).toFixed(1)}`).join(' ');
  return html`<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="completed per minute, last ${points.length} minutes, peak ${max}"><polyline fill="none" stroke="currentColor" stroke-width="1" points="${coords}"/></svg>`;
}

function stageBox(s: StageOverview): SafeHtml {
  return html`<section class="stage${s.paused ? ' paused' : ''}${s.counts.failed > 0 ? ' has-failed' : ''}" data-queue="${s.queue}">
<h2><a href="/jobs?queue=${encodeURIComponent(s.queue)}&amp;state=waiting">${s.name}</a>${s.paused ? html` <span class="badge">paused</span>` : ''}</h2>
<table class="counts">
${COUNT_STATES.map(
  (state) =>
    html`<tr><th><a href="/jobs?queue=${encodeURIComponent(s.queue)}&amp;state=${state}">${state}</a></th><td data-count="${s.queue}:${state}">${s.counts[state]}</td></tr>`,
)}
</table>
<p class="metric">per min (last hour avg) <b data-metric="${s.queue}:rate">${(s.completedLastHour / 60).toFixed(1)}</b></p>
<p class="metric">last hour <b data-metric="${s.queue}:hour">${s.completedLastHour}</b> done, <b data-metric="${s.queue}:hour-failed">${s.failedLastHour}</b> failed</p>
<div class="spark-box" data-spark="${s.queue}">${sparkline(s.throughput.completed)}</div>
<p class="metric">oldest waiting <b data-metric="${s.queue}:oldest">${s.oldestWaitingMs === null ? '–' : age(s.oldestWaitingMs)}</b></p>
<p class="metric">workers <b data-metric="${s.queue}:workers">${s.workers}</b></p>
</section>`;
}

export function overviewPage(
  ctx: PageContext,
  overview: Overview,
  stories: readonly DeliveredStory[],
): string {
  const stages = overview.stages.filter((s) => s.kind === 'stage');
  const sinks = overview.stages.filter((s) => s.kind === 'sink');
  const body = html`<h1>Pipeline</h1>
<p class="live">Live <span id="live-state" data-state="connecting">connecting…</span> · updated <span id="updated-at">${time(overview.at)}</span></p>
<div class="flow" id="flow">
${stages.map((s, i) => html`${i > 0 ? html`<div class="arrow" aria-hidden="true">→</div>` : ''}${stageBox(s)}`)}
<div class="arrow" aria-hidden="true">→</div>
<div class="sinks">${sinks.map(stageBox)}</div>
</div>
<h2>Latest delivered stories</h2>
${storyList(stories)}`;
  return layout(ctx, 'Pipeline', body, 'overview');
}

export function storyList(stories: readonly DeliveredStory[]): SafeHtml {
  return html`<ol class="stories" id="stories">${stories.map(storyItem)}</ol>${stories.length === 0 ? html`<p class="empty" id="stories-empty">No story delivered in the last hour.</p>` : ''}`;
}

function storyItem(s: DeliveredStory): SafeHtml {
  const entities = [...s.people, ...s.organisations, ...s.places];
  return html`<li data-story="${s.id}:${s.version}">
<a class="headline" href="/trace/${s.id}">${s.headline}</a>
<span class="meta">${s.credit ?? s.feedId}${s.dateline ? html` · ${s.dateline}` : ''}${s.language ? html` · ${s.language}` : ''} · v${s.version} · ${time(s.deliveredAt)}</span>
${entities.length ? html`<span class="entities">${entities.join(', ')}</span>` : ''}
${s.cluster ? html`<span class="cluster">cluster ${s.cluster.id} (${s.cluster.possibleDuplicateOf ? 'possible copy' : s.cluster.status})</span>` : ''}
</li>`;
}

export function storiesPage(ctx: PageContext, stories: readonly DeliveredStory[]): string {
  const body = html`<h1>Stories</h1>
<p class="live">Latest delivered, live <span id="live-state" data-state="connecting">connecting…</span></p>
<table class="story-table"><thead><tr><th>Headline</th><th>Credit</th><th>Dateline</th><th>Lang</th><th>Entities</th><th>Cluster</th><th>Delivered</th></tr></thead>
<tbody id="story-rows">${stories.map(
    (s) =>
      html`<tr data-story="${s.id}:${s.version}"><td><a href="/trace/${s.id}">${s.headline}</a> <small>v${s.version}</small></td><td>${s.credit ?? ''}</td><td>${s.dateline ?? ''}</td><td>${s.language ?? ''}</td><td>${[...s.people, ...s.organisations, ...s.places].join(', ')}</td><td>${s.cluster ? `${s.cluster.possibleDuplicateOf ? 'possible copy' : s.cluster.status} ${s.cluster.id}` : ''}</td><td>${time(s.deliveredAt)} → ${s.sinks.join(', ')}</td></tr>`,
  )}</tbody></table>
${stories.length === 0 ? html`<p class="empty">No story delivered in the last hour.</p>` : ''}`;
  return layout(ctx, 'Stories', body, 'stories');
}

export interface JobsView {
  queues: PipelineQueue[];
  queue: string;
  state: ListState;
  order: 'asc' | 'desc';
  paused: boolean;
  list: { jobs: JobSummary[]; total: number; page: number; size: number; pages: number };
}

export function jobsPage(ctx: PageContext, v: JobsView): string {
  const q = encodeURIComponent(v.queue);
  const link = (over: Partial<{ queue: string; state: string; page: number; order: string }>) => {
    const p = new URLSearchParams({
      queue: over.queue ?? v.queue,
      state: over.state ?? v.state,
      page: String(over.page ?? v.list.page),
      order: over.order ?? v.order,
    });
    return `/jobs?${p}`;
  };
  const time0 = v.state === 'completed' || v.state === 'failed' ? 'finished' : 'added';
  const body = html`<h1>Jobs</h1>
<nav class="tabs">${v.queues.map((x) => html`<a href="${link({ queue: x.queue, page: 1 })}"${x.queue === v.queue ? html` aria-current="page"` : ''}>${x.name}</a>`)}</nav>
<nav class="tabs">${LIST_STATES.map((s) => html`<a href="${link({ state: s, page: 1 })}"${s === v.state ? html` aria-current="page"` : ''}>${s}</a>`)}</nav>
<div class="toolbar">
<span>${v.list.total} ${v.state} job(s) in <b>${v.queue}</b>${v.paused ? html` <span class="badge">paused</span>` : ''}</span>
${v.paused ? action(ctx, `/api/queues/${q}/resume`, 'Resume stage') : action(ctx, `/api/queues/${q}/pause`, 'Pause stage', 'Pause this stage? Its workers stop taking jobs.')}
${v.state === 'failed' ? action(ctx, `/api/queues/${q}/retry`, 'Retry all failed', 'Retry every failed job of this queue?', { state: 'failed' }) : ''}
${v.state === 'delayed' ? action(ctx, `/api/queues/${q}/promote`, 'Retry all now', 'Run every delayed job of this queue now?') : ''}
${v.state === 'failed' || v.state === 'completed' ? action(ctx, `/api/queues/${q}/clean`, `Clean ${v.state}`, `Remove every ${v.state} job of this queue?`, { state: v.state }) : ''}
</div>
<table class="jobs" id="jobs">
<thead><tr><th>Job</th><th>Story / feed</th><th><a href="${link({ order: v.order === 'desc' ? 'asc' : 'desc', page: 1 })}">${time0} ${v.order === 'desc' ? '↓' : '↑'}</a></th><th>Attempts</th><th>Error</th><th></th></tr></thead>
<tbody>
${v.list.jobs.map(
  (j) => html`<tr data-job="${j.id}">
<td><a href="/jobs/${q}/${encodeURIComponent(j.id)}">${j.id}</a></td>
<td>${j.storyId ? html`<a href="/trace/${j.storyId}">${j.headline ?? j.storyId}</a>` : (j.headline ?? j.feedId ?? '')}</td>
<td>${time(time0 === 'finished' ? (j.finishedOn ?? j.timestamp) : j.timestamp)}</td>
<td>${j.attemptsMade}</td>
<td class="error">${j.failedReason ?? ''}</td>
<td>${v.state === 'failed' ? action(ctx, `/api/queues/${q}/jobs/${encodeURIComponent(j.id)}/retry`, 'Retry') : ''}${v.state === 'delayed' ? action(ctx, `/api/queues/${q}/jobs/${encodeURIComponent(j.id)}/promote`, j.attemptsMade > 0 ? 'Retry now' : 'Promote') : ''}</td>
</tr>`,
)}
</tbody></table>
${v.list.jobs.length === 0 ? html`<p class="empty">None.</p>` : ''}
<nav class="pager">
${v.list.page > 1 ? html`<a href="${link({ page: v.list.page - 1 })}" rel="prev">← newer</a>` : ''}
<span>page ${v.list.page} of ${v.list.pages}</span>
${v.list.page < v.list.pages ? html`<a href="${link({ page: v.list.page + 1 })}" rel="next">older →</a>` : ''}
</nav>`;
  return layout(ctx, `Jobs · ${v.queue}`, body, 'jobs');
}

export function jobPage(ctx: PageContext, j: JobDetail): string {
  const base = `/api/queues/${encodeURIComponent(j.queue)}/jobs/${encodeURIComponent(j.id)}`;
  const wait = j.processedOn ? j.processedOn - j.timestamp : undefined;
  const run = j.processedOn && j.finishedOn ? j.finishedOn - j.processedOn : undefined;
  const body = html`<h1>Job <code>${j.id}</code></h1>
<p><a href="/jobs?queue=${encodeURIComponent(j.queue)}&amp;state=${j.state === 'wait' ? 'waiting' : j.state}">${j.queue}</a> · <span class="state" id="job-state">${j.state}</span>${j.storyId ? html` · story <a href="/trace/${j.storyId}">${j.storyId}</a>` : ''}</p>
<div class="toolbar">
${j.state === 'failed' || j.state === 'completed' ? action(ctx, `${base}/retry`, 'Retry') : ''}
${j.state === 'delayed' ? action(ctx, `${base}/promote`, 'Promote') : ''}
${action(ctx, `${base}/remove`, 'Remove', 'Remove this job?')}
</div>
<table class="kv">
<tr><th>added</th><td>${time(j.timestamp)}</td></tr>
<tr><th>started</th><td>${time(j.processedOn)}${wait !== undefined ? ` (waited ${age(wait)})` : ''}</td></tr>
<tr><th>finished</th><td>${time(j.finishedOn)}${run !== undefined ? ` (ran ${run} ms)` : ''}</td></tr>
<tr><th>attempts</th><td>${j.attemptsMade} made, ${j.attemptsStarted} started, of ${j.maxAttempts}</td></tr>
${j.delay ? html`<tr><th>delay</th><td>${j.delay} ms</td></tr>` : ''}
${j.failedReason ? html`<tr><th>error</th><td class="error">${j.failedReason}</td></tr>` : ''}
</table>
${j.stacktrace.length ? html`<h2>Stack traces</h2>${j.stacktrace.map((s) => html`<pre class="stack">${s}</pre>`)}` : ''}
<h2>Data <small>${j.dataChars} characters</small></h2>
<pre class="data">${j.data}${j.truncated ? '\n…' : ''}</pre>
${j.truncated ? html`<p><a href="?full=1" id="show-all">Show all ${j.dataChars} characters</a></p>` : ''}
<h2>Logs</h2>
${j.logs.length ? html`<pre class="logs">${j.logs.join('\n')}</pre>` : html`<p class="empty">No log lines.</p>`}
${j.returnvalue !== null && j.returnvalue !== undefined ? html`<h2>Return value</h2><pre>${JSON.stringify(j.returnvalue, null, 2)}</pre>` : ''}`;
  return layout(ctx, `Job ${j.id}`, body, 'job');
}

export function traceSearchPage(
  ctx: PageContext,
  query: string,
  results: readonly IndexedStory[],
  recent: readonly IndexedStory[],
): string {
  const rows = (list: readonly IndexedStory[]) =>
    html`<ul class="results">${list.map(
      (s) =>
        html`<li><a href="/trace/${s.id}">${s.headline}</a> <span class="meta">${s.feedId} · ${time(s.lastSeenAt)} · <code>${s.id}</code></span></li>`,
    )}</ul>`;
  const body = html`<h1>Story trace</h1>
<form method="get" action="/trace" class="search">
<input type="search" name="q" value="${query}" placeholder="story id, headline words, feed:ID or URL" aria-label="search stories">
<button type="submit">Find</button>
</form>
${query ? html`<h2>${results.length} result(s)</h2>${rows(results)}` : html`<h2>Recently seen</h2>${rows(recent)}`}`;
  return layout(ctx, 'Trace', body, 'trace');
}

interface DedupSummary {
  status: string;
  clusterId: string;
  method: string;
  duplicateOf?: string | undefined;
  possibleDuplicateOf?: string | undefined;
  similarity?: number | undefined;
}

// A possible copy is delivered as a story of its own; the desk still wants to see what it may copy.
function dedupLine(d: DedupSummary): SafeHtml {
  const link = (id: string) => html`<a href="/trace/${id}">${id}</a>`;
  return html`<p id="dedup-summary">${d.status} · cluster <code>${d.clusterId}</code> · ${d.method}${d.duplicateOf ? html` · duplicate of ${link(d.duplicateOf)}` : ''}${d.possibleDuplicateOf ? html` · <strong>possible copy</strong> of ${link(d.possibleDuplicateOf)} (not certain, so delivered)` : ''}${d.similarity !== undefined ? ` · similarity ${d.similarity.toFixed(2)}` : ''}</p>`;
}

export function tracePage(ctx: PageContext, t: StoryTrace): string {
  const s = t.story;
  const headline = s?.headline ?? t.indexed?.headline ?? t.id;
  const e = s?.enrichment;
  const body = html`<h1 id="trace-headline">${headline}</h1>
<p class="meta"><code>${t.id}</code> · feed ${s?.source.feedId ?? t.indexed?.feedId ?? '?'}${s ? html` · ${externalLink(s.source.canonicalUrl ?? s.source.url)}` : ''}</p>
<div class="toolbar">${t.indexed ? action(ctx, `/api/stories/${t.id}/replay`, 'Replay from raw item', 'Run this story through the pipeline again?') : ''}</div>
<h2>Path through the stages</h2>
<table class="trace" id="trace-steps">
<thead><tr><th>Stage</th><th>Version</th><th>State</th><th>Added</th><th>Started</th><th>Finished</th><th>Attempts</th><th>Error</th></tr></thead>
<tbody>${t.steps.map(
    (st) =>
      html`<tr class="state-${st.state}"><td><a href="/jobs/${encodeURIComponent(st.queue)}/${encodeURIComponent(st.jobId)}">${st.stage}</a></td><td>${st.version ?? ''}</td><td>${st.state}</td><td>${time(st.addedAt)}</td><td>${time(st.processedOn)}</td><td>${time(st.finishedOn)}</td><td>${st.attemptsMade}</td><td class="error">${st.failedReason ?? ''}</td></tr>`,
  )}</tbody></table>
${t.steps.length === 0 ? html`<p class="empty">BullMQ no longer keeps this story's jobs (completed jobs are kept for an hour).</p>` : ''}
${s?.trace.length ? html`<h3>The story's own trace</h3><ol class="story-trace">${s.trace.map((x) => html`<li>${x.stage} ${time(x.at)} (${x.ms} ms)</li>`)}</ol>` : ''}
<h2>Versions</h2>
<p>${t.versions.length ? t.versions.map((v) => `v${v}`).join(', ') : '–'}${t.indexed ? html` · seen ${t.indexed.versions.length} content version(s) since ${time(t.indexed.firstSeenAt)}` : ''}</p>
<h2>Dedup cluster</h2>
${
  t.cluster
    ? html`${dedupLine(t.cluster)}
${t.cluster.members.length ? html`<table id="cluster"><thead><tr><th>Copy</th><th>Feed</th><th>Similarity</th><th>Method</th></tr></thead><tbody>${t.cluster.members.map((m) => html`<tr><td><a href="/trace/${m.id}">${m.id}</a></td><td>${m.feedId}</td><td>${m.similarity.toFixed(2)}</td><td>${m.method}</td></tr>`)}</tbody></table>` : html`<p class="empty">No copies from other feeds.</p>`}`
    : s?.dedup
      ? dedupLine(s.dedup)
      : html`<p class="empty">Not deduplicated yet.</p>`
}
<h2>Enrichment</h2>
${
  e
    ? html`<table class="kv">
<tr><th>people</th><td>${e.people.map((p) => p.name).join(', ')}</td></tr>
<tr><th>organisations</th><td>${e.organisations.map((p) => p.name).join(', ')}</td></tr>
<tr><th>places</th><td>${e.places.map((p) => `${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}`).join(', ')}</td></tr>
<tr><th>subjects</th><td>${e.subjects.map((p) => `${p.name} ${p.code} (${p.confidence})`).join(', ')}</td></tr>
<tr><th>keywords</th><td>${e.keywords.join(', ')}</td></tr>
${e.failed.length ? html`<tr><th>failed</th><td class="error">${e.failed.join(', ')}</td></tr>` : ''}
</table>`
    : html`<p class="empty">Not enriched yet.</p>`
}
<h2>Delivered</h2>
${t.delivered.length ? html`<ul id="delivered">${t.delivered.map((d) => html`<li>${d.sink} · v${d.version} · ${time(d.at)}</li>`)}</ul>` : html`<p class="empty" id="delivered">Not delivered (yet).</p>`}
${
  s
    ? html`<h2>Story</h2>
<table class="kv">
<tr><th>byline</th><td>${s.byline ?? ''}</td></tr>
<tr><th>credit</th><td>${s.credit ?? ''}</td></tr>
<tr><th>dateline</th><td>${s.dateline?.raw ?? ''}</td></tr>
<tr><th>language</th><td>${s.language ?? ''}</td></tr>
<tr><th>first created</th><td>${time(s.firstCreated)}</td></tr>
<tr><th>version created</th><td>${time(s.versionCreated)}</td></tr>
</table>
${
  s.body
    ? html`<h3>Body (sanitized HTML, sandboxed${s.bodyRemade ? '; made again from the raw item below: the sink wrote it inline' : ''})</h3>
${sandboxedFrame(s.body.html, `body of ${headline}`)}
<h3>Body text</h3><pre class="body-text">${s.body.text}</pre>`
    : html`<p class="empty">Body not kept here: the sink wrote it in the normalize job, and the raw item the index holds is of another version.</p>`
}`
    : ''
}
${t.indexed ? html`<h2>Raw item${t.indexed.rawTruncated ? ' (fields cut to the cap)' : ''}</h2><pre class="data raw">${JSON.stringify(t.indexed.raw.item, null, 2)}</pre>` : ''}`;
  return layout(ctx, headline, body, 'trace');
}

export function errorPage(ctx: PageContext | undefined, status: number, message: string): string {
  const body = html`<h1>${status}</h1><p class="error">${message}</p>`;
  if (!ctx)
    return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status}</title><link rel="stylesheet" href="/static/app.css"></head><body><main>${body}</main></body></html>`
      .value;
  return layout(ctx, String(status), body, 'error');
}
