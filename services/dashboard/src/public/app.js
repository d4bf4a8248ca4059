// Wirefeed dashboard: live updates over SSE and confirmations. Everything from the server is set as
// text (textContent, attributes), never as HTML: feed values cannot become markup here.

document.addEventListener('submit', (event) => {
  const form = event.target instanceof Element ? event.target.closest('form[data-confirm]') : null;
  if (form && !window.confirm(form.getAttribute('data-confirm') || 'Sure?')) event.preventDefault();
});

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function age(ms) {
  if (ms === null || ms === undefined) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 86400) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

function iso(t) {
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace('T', ' ').slice(0, 19);
}

function setText(selector, value) {
  const node = document.querySelector(selector);
  if (node && node.textContent !== String(value)) {
    node.textContent = String(value);
    node.classList.add('changed');
    setTimeout(() => node.classList.remove('changed'), 800);
  }
}

function sparkPoints(perMinute) {
  const points = [...perMinute].reverse();
  const max = Math.max(1, ...points);
  const step = points.length > 1 ? 180 / (points.length - 1) : 180;
  return points.map((v, i) => `${(i * step).toFixed(1)},${(30 - (v / max) * 30).toFixed(1)}`).join(' ');
}

function onPipeline(overview) {
  for (const s of overview.stages) {
    const q = CSS.escape(s.queue);
    for (const [state, n] of Object.entries(s.counts)) setText(`[data-count="${q}:${state}"]`, n);
    setText(`[data-metric="${q}:rate"]`, (s.completedLastHour / 60).toFixed(1));
    setText(`[data-metric="${q}:hour"]`, s.completedLastHour);
    setText(`[data-metric="${q}:hour-failed"]`, s.failedLastHour);
    setText(`[data-metric="${q}:oldest"]`, age(s.oldestWaitingMs));
    setText(`[data-metric="${q}:workers"]`, s.workers);
    const line = document.querySelector(`[data-spark="${q}"] polyline`);
    if (line) line.setAttribute('points', sparkPoints(s.throughput.completed));
    const box = document.querySelector(`section.stage[data-queue="${q}"]`);
    if (box) {
      box.classList.toggle('has-failed', s.counts.failed > 0);
      box.classList.toggle('paused', s.paused);
    }
  }
  const updated = document.getElementById('updated-at');
  if (updated) updated.textContent = iso(overview.at);
}

function storyLi(s) {
  const entities = [...s.people, ...s.organisations, ...s.places];
  const meta = [s.credit || s.feedId, s.dateline, s.language, `v${s.version}`, iso(s.deliveredAt)]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { 'data-story': `${s.id}:${s.version}`, class: 'new' },
    el('a', { class: 'headline', href: `/trace/${encodeURIComponent(s.id)}` }, s.headline),
    ' ',
    el('span', { class: 'meta' }, meta),
    entities.length ? el('span', { class: 'entities' }, entities.join(', ')) : null,
    s.cluster ? el('span', { class: 'cluster' }, `cluster ${s.cluster.id} (${s.cluster.status})`) : null,
  );
}

function storyRow(s) {
  const td = (...c) => el('td', {}, ...c);
  return el(
    'tr',
    { 'data-story': `${s.id}:${s.version}`, class: 'new' },
    td(
      el('a', { href: `/trace/${encodeURIComponent(s.id)}` }, s.headline),
      ' ',
      el('small', {}, `v${s.version}`),
    ),
    td(s.credit || ''),
    td(s.dateline || ''),
    td(s.language || ''),
    td([...s.people, ...s.organisations, ...s.places].join(', ')),
    td(s.cluster ? `${s.cluster.status} ${s.cluster.id}` : ''),
    td(`${iso(s.deliveredAt)} → ${s.sinks.join(', ')}`),
  );
}

function onStories(stories) {
  const list = document.getElementById('stories') || document.getElementById('story-rows');
  if (!list) return;
  const make = list.tagName === 'TBODY' ? storyRow : storyLi;
  // Oldest first, each put on top: the newest ends first.
  for (const s of [...stories].reverse()) {
    const key = `${s.id}:${s.version}`;
    if (list.querySelector(`[data-story="${CSS.escape(key)}"]`)) continue;
    list.prepend(make(s));
  }
  const empty = document.getElementById('stories-empty');
  if (empty && stories.length) empty.remove();
  while (list.children.length > 100) list.lastElementChild.remove();
}

function live() {
  const state = document.getElementById('live-state');
  const source = new EventSource('/api/events');
  source.addEventListener('open', () => {
    if (state) {
      state.textContent = 'connected';
      state.dataset.state = 'connected';
    }
  });
  source.addEventListener('error', () => {
    if (state) {
      state.textContent = 'reconnecting…';
      state.dataset.state = 'reconnecting';
    }
  });
  source.addEventListener('pipeline', (e) => onPipeline(JSON.parse(e.data)));
  source.addEventListener('stories', (e) => onStories(JSON.parse(e.data)));
}

// A message after an action is shown once: a reload must not show it again.
if (new URLSearchParams(location.search).has('msg')) {
  const url = new URL(location.href);
  url.searchParams.delete('msg');
  history.replaceState(null, '', url.pathname + url.search);
}

const page = document.body.dataset.page;
if (page === 'overview' || page === 'stories') live();
