// stancelog report: the page script. Plain ES module, no imports: the data
// is embedded in the page as JSON, cytoscape is loaded by a classic script.
const data = JSON.parse(document.getElementById('stancelog-data').textContent);
// Positions and contradictions are stored once each, with the versions their views went through, each holding from
// its frame `from` to the next version's (or to `to`), and keeping only the fields that changed: a frame is computed
// from them when shown (see stored-positions.ts). Lists of every view of every day made a page of 478 MB.
const frames = data.frames;
const statements = data.statements;
// Reports the holder's own word of the days before outweighs: drawn faint on the timeline.
const outweighed = new Set(data.outweighed);
// Retractions of a stance the holder did not hold as it was said: they withdrew nothing, and are drawn faint, as no drop.
const withdrewNothing = new Set(data.withdrewNothing);
// Lists of statements are stored as what each adds to an earlier list (its first item; -1 for none), the statements
// by number into statementIds: put together when a cell, a history or a contradiction is shown.
const idsOf = (list) => {
  const parts = [];
  for (let k = list; k >= 0; k = data.idLists[k][0]) parts.push(data.idLists[k]);
  const ids = [];
  for (let i = parts.length - 1; i >= 0; i--) for (let j = 1; j < parts[i].length; j++) ids.push(data.statementIds[parts[i][j]]);
  return ids;
};
// The last id of a list, without putting the list together.
const lastIdOf = (list) => {
  for (let k = list; k >= 0; k = data.idLists[k][0]) if (data.idLists[k].length > 1) return data.statementIds[data.idLists[k][data.idLists[k].length - 1]];
  return undefined;
};
// The index of the version in force at frame `f`, or -1.
function versionAt(versions, f) {
  let lo = 0;
  let hi = versions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (versions[mid].from <= f) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const end = versions[found].to ?? (versions[found + 1] ? versions[found + 1].from : frames.length);
  return f < end ? found : -1;
}
// A record's view at version `v`: each version is the one before with its changed fields, its history the runs it
// keeps of the one before's and its own. Resolved once, version by version, and kept on the record.
const resolved = new WeakMap();
function viewOf(record, v, base) {
  let cache = resolved.get(record);
  if (!cache) resolved.set(record, (cache = []));
  for (let k = cache.length; k <= v; k++) {
    const { from, to, history, ...changed } = record.versions[k];
    const before = k ? cache[k - 1] : base(record);
    const view = { ...before, ...changed };
    if (history) view.history = [...before.history.slice(0, history.keep), ...history.runs];
    cache.push(view);
  }
  return cache[v];
}
const positionBase = (p) => ({ holder: p.holder, issue: p.issue, history: [] });
const contradictionBase = (c) => ({ id: c.id });
// A frame's views, in the order core lists them (data.positions and data.contradictions are in that order).
let lastFrame;
function frameView(i) {
  if (lastFrame && lastFrame.index === i) return lastFrame.view;
  const positions = [];
  for (const p of data.positions) {
    const v = versionAt(p.versions, i);
    if (v >= 0) positions.push(viewOf(p, v, positionBase));
  }
  const contradictions = [];
  for (const c of data.contradictions) {
    const v = versionAt(c.versions, i);
    if (v >= 0) contradictions.push(viewOf(c, v, contradictionBase));
  }
  const f = frames[i];
  const view = { day: f.day, positions, contradictions, edges: f.edges.map((e) => data.edges[e]), cycleEdges: f.cycleEdges };
  lastFrame = { index: i, view };
  return view;
}
const FIRM = new Set(['demand', 'condition', 'red-line']);
const HOLDER_COLOURS = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea', '#ea580c', '#475569', '#0d9488'];
// Reporters who hold no stance are named too, where their reports are quoted.
const holderName = new Map([...(data.reporters || []), ...data.holders].map((h) => [h.id, h.name]));
const issueInfo = new Map(data.issues.map((i) => [i.id, i]));
// Past the palette, hues a golden angle apart: no two holders share a colour in the graph.
const holderColour = new Map(data.holders.map((h, i) => [h.id, HOLDER_COLOURS[i] ?? `hsl(${Math.round((i * 137.508) % 360)}, 65%, 38%)`]));
const DAY = 86400000;

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};
const polClass = (p) => (p === '+' ? 'p-plus' : p === '-' ? 'p-minus' : 'p-zero');
// "1 position", "2 positions".
const counted = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const kindLabel = (k) => k.replace('-', ' ');
// A retraction's polarity is the one it withdraws: it reads as the 0 it leaves ("- retract" read as a refusal). One of
// a stance not held drops nothing, and says so, as `stancelog timeline` does.
const stanceText = (s) =>
  s.kind !== 'retract'
    ? `${s.polarity} ${kindLabel(s.kind)}`
    : withdrewNothing.has(s.id)
      ? `0 ${kindLabel(s.kind)} (of ${s.polarity}, not held)`
      : `0 ${kindLabel(s.kind)} (drops ${s.polarity})`;
// In text that holds text only (a tooltip, a screen reader's label, the graph's labels), text from the log is isolated
// by the marks that do it in plain text (U+2068 ... U+2069), so that a right-to-left mark it leaves open stays inside
// it. The page's own text isolates it in <bdi> elements (`iso`): the marks came along, unseen, in text copied from it.
const isolated = (text) => `\u2068${text}\u2069`;
const name = (id) => holderName.get(id) || id;
// A holder's or an issue's name, isolated, for such text.
const nameText = (id) => isolated(name(id));
const issueText = (id) => isolated(issueName(id));
const issueName = (id) => (issueInfo.get(id) && issueInfo.get(id).name) || id;
// A contradiction's summary (core's words, with ids: "pacific-compact went from reject (-) to accept (+) on
// dispute-body") with the names the rest of the page uses: each holder's and issue's id, as a whole word, is its
// name. A kind is never taken for an id: an issue "support" leaves "support (+)" a kind.
const KINDS = new Set(['demand', 'propose', 'accept', 'agree', 'reject', 'red-line', 'condition', 'threat', 'commit', 'retract', 'hedge', 'support']);
const namedIds = new Map([...data.issues.map((i) => [i.id, i.name]), ...data.holders.map((h) => [h.id, h.name])].filter(([id, n]) => n && n !== id && !KINDS.has(id)));
const escaped = (id) => id.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&');
// Ids are letters, digits, "_", "-" and "." (not last): the longest first, so that "trade-deal-2" is not read as "trade-deal".
const idAlternatives = [...namedIds.keys()].sort((a, b) => b.length - a.length).map(escaped).join('|');
const idPattern = namedIds.size ? new RegExp('(?<![A-Za-z0-9_.-])(?:' + idAlternatives + ')(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_])', 'g') : undefined;
// Each name in an isolate of its own, by `isolate` (`isolated` in text, `iso` in the page): a right-to-left mark left
// open in one turned the rest of the line. The summary's pieces, in order.
function summaryParts(summary, isolate) {
  if (!idPattern) return [summary];
  const parts = [];
  let at = 0;
  for (const m of summary.matchAll(idPattern)) {
    parts.push(summary.slice(at, m.index), isolate(namedIds.get(m[0])));
    at = m.index + m[0].length;
  }
  parts.push(summary.slice(at));
  return parts;
}
const namedSummary = (summary) => summaryParts(summary, isolated).join('');
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (d) => Date.parse(d + 'T00:00:00Z');
// Date.UTC reads the years 0 to 99 as 1900 to 1999: a date of year 50 is set whole (months and days past their end roll over).
const utc = (year, month, day) => {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
};

// Days of the slider: every calendar day from the first frame to the last.
const firstDay = frames.length ? fromDay(frames[0].day) : 0;
const lastDay = frames.length ? fromDay(frames[frames.length - 1].day) : 0;
const dayCount = frames.length ? Math.round((lastDay - firstDay) / DAY) + 1 : 1;
const frameDays = frames.map((f) => Math.round((fromDay(f.day) - firstDay) / DAY));

function frameIndexAt(dayIndex) {
  let found = 0;
  for (let i = 0; i < frameDays.length; i++) if (frameDays[i] <= dayIndex) found = i;
  return found;
}

// ---- Matrix -------------------------------------------------------------
function latestStatement(p) {
  const ids = idsOf(p.statements);
  let best;
  for (const id of ids) {
    const s = statements[id];
    // By time, not by label: a week (2025-W20) sorts after any day as text.
    if (s && (!best || stmtTime(s) > stmtTime(best) || (stmtTime(s) === stmtTime(best) && s.recordedAt >= best.recordedAt))) best = s;
  }
  return best;
}

// A quote that carries its own marks (ingest quotes whole sentences, some of which open with one) gets no more.
const OPENING_MARK = /^["“”„«»‘’‚'‹›「『]/;
const quoted = (text) => (OPENING_MARK.test(text) ? text : `“${text}”`);

function quoteLine(s) {
  if (!s) return '';
  const who = s.speaker ? s.speaker : s.publisher || 'unattributed';
  return `${OPENING_MARK.test(s.quote) ? isolated(s.quote) : `“${isolated(s.quote)}”`} (${isolated(who)}, ${s.stated})`;
}

// A stance once made firm stays firm while it holds, though restated more softly since (core's firmKind).
const held = (p) => (p.firmKind && p.firmKind !== p.kind ? ` (${kindLabel(p.firmKind)} held)` : '');

function cellTitle(p, s, contras) {
  const lines = [`${nameText(p.holder)} on ${issueText(p.issue)}: ${p.polarity} ${kindLabel(p.kind)}${held(p)} since ${p.since}`];
  // A threat's trigger is shown as such: it draws no arrow in the graph (a report of data version 2 before triggers has none).
  const trigger = (c) => (p.triggers ?? []).some((t) => t.issue === c.issue && t.polarity === c.polarity);
  if (p.conditions.length) lines.push('if ' + p.conditions.map((c) => `${issueText(c.issue)} ${c.polarity}${trigger(c) ? ' (trigger)' : ''}`).join(', '));
  if (s) lines.push(quoteLine(s));
  else lines.push('(no quote in this report)');
  if (p.reported) lines.push('reported by a third party');
  if (contras.length) lines.push(counted(contras.length, 'open contradiction'));
  return lines.join('\n');
}

// What a cell says to one who cannot see it: "Russia on Ceasefire: - red line, reported by a third party, 2 open
// contradictions; open its history".
function cellLabel(p, contras) {
  const marks = [p.reported ? 'reported by a third party' : '', p.conditions.length ? 'if ' + p.conditions.map((c) => `${issueText(c.issue)} ${c.polarity}`).join(', ') : '', contras.length ? counted(contras.length, 'open contradiction') : ''].filter(Boolean);
  return `${nameText(p.holder)} on ${issueText(p.issue)}: ${p.polarity} ${kindLabel(p.kind)}${held(p)}${marks.length ? ', ' + marks.join(', ') : ''}; open its history`;
}

let previousCells = new Map();
// The matrix's columns: the issues a position of some day is on (the same columns on every day).
const matrixIssues = (() => {
  const held = new Set();
  for (const p of data.positions) held.add(p.issue);
  return data.issues.filter((i) => held.has(i.id));
})();
function renderMatrix(frame) {
  const table = document.getElementById('matrix-table');
  table.replaceChildren();
  const byKey = new Map(frame.positions.map((p) => [p.holder + '\u0000' + p.issue, p]));
  // The open contradictions of each cell, gathered once: a cell's own search of them all made a day of
  // thousands of them take seconds to draw.
  const openAt = new Map();
  for (const c of frame.contradictions) {
    if (c.status !== 'open') continue;
    for (const h of c.actors) {
      for (const i of c.issues) {
        const key = h + '\u0000' + i;
        if (!openAt.has(key)) openAt.set(key, []);
        openAt.get(key).push(c);
      }
    }
  }
  const head = el('tr', {}, el('th'));
  for (const i of matrixIssues) {
    head.append(el('th', { scope: 'col', title: isolated(i.proposition || i.name) }, el('span', {}, iso(i.name)), i.parent ? el('small', {}, 'in ', iso(issueName(i.parent))) : null));
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  const shownIssues = matrixIssues;
  const cells = new Map();
  for (const h of data.holders) {
    const row = el('tr', {}, el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${holderColour.get(h.id)};margin-right:6px;vertical-align:-2px` }), h.name));
    for (const i of shownIssues) {
      const p = byKey.get(h.id + '\u0000' + i.id);
      if (!p) {
        row.append(el('td', { class: 'cell', 'data-holder': h.id, 'data-issue': i.id, 'data-polarity': '', title: `${isolated(h.name)}: nothing stated on ${isolated(i.name)}` }, '·'));
        continue;
      }
      const s = latestStatement(p);
      const contras = openAt.get(h.id + '\u0000' + i.id) || [];
      const sig = `${p.polarity}|${p.kind}|${p.firmKind}`;
      const classes = ['cell', 'has', polClass(p.polarity), 'k-' + p.kind, p.firmKind ? 'firm held-' + p.firmKind : '', p.reported ? 'reported' : ''];
      const key = h.id + '\u0000' + i.id;
      if (previousCells.size && previousCells.get(key) !== sig) classes.push('changed');
      cells.set(key, sig);
      row.append(
        el(
          'td',
          {
            class: classes.filter(Boolean).join(' '),
            'data-holder': h.id,
            'data-issue': i.id,
            'data-polarity': p.polarity,
            'data-kind': p.kind,
            title: cellTitle(p, s, contras),
            // A button's name is all a screen reader says of it: who, on what, the stance, and what marks it.
            'aria-label': cellLabel(p, contras),
            tabindex: 0,
            role: 'button',
            onclick: () => showHistory(p),
            // Opened on Enter or Space, the key's default kept from reaching the dialog's close button it focuses.
            onkeydown: (e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              showHistory(p);
            },
          },
          el('span', { class: 'sign', text: p.polarity === '0' ? '○' : p.polarity }),
          el('span', { class: 'kind', text: kindLabel(p.kind) + (p.conditions.length ? ' (if…)' : '') }),
          contras.length ? el('span', { class: 'flags' }, el('span', { class: 'flag-contra', title: 'open contradiction', text: '⚡' + (contras.length > 1 ? contras.length : '') })) : null,
        ),
      );
    }
    body.append(row);
  }
  table.append(body);
  previousCells = cells;
}

function renderLegend() {
  const chip = (cls, label, style = '') => el('span', { class: 'chip' }, el('span', { class: 'swatch ' + cls, style }), label);
  document.getElementById('legend').replaceChildren(
    chip('', 'for (+), firm', 'background:#9fe0b9;border-color:#1f9d55'),
    chip('', 'for (+), soft', 'background:#d7f2e2'),
    chip('', 'against (−), firm', 'background:#f5a8a8;border-color:#d64545'),
    chip('', 'against (−), soft', 'background:#fbdede'),
    chip('', 'non-committal / withdrawn (○)', 'background:#eef0f3'),
    el('span', { class: 'chip' }, 'firm = demand, condition, red line (framed)'),
    el('span', { class: 'chip' }, 'dashed = reported by a third party'),
    el('span', { class: 'chip' }, '⚡ = open contradiction'),
  );
}

// ---- Statements and history dialog ---------------------------------------
// Text from the log in an isolate of its own: a right-to-left mark left open in a speaker's name (U+202E) turned the
// rest of its line around, the source's name with it ("sklaT ,sretueR").
// In the log's language, when the report was told it (`lang`): the page's own words are English.
const textLang = document.body.getAttribute('data-text-lang');
const iso = (text) => el('bdi', { text, lang: textLang });
// Names as <bdi> elements with `between` between them: "Ukraine, Russia".
const isoList = (names, between = ', ') => names.flatMap((text, i) => (i ? [between, iso(text)] : [iso(text)]));
function quoteBlock(id) {
  return quoteBlockOf(statements[id], id);
}

// A statement's quote, speaker and source: one of the report's, or one withdrawn (a correction's).
function quoteBlockOf(s, id) {
  if (!s) return el('blockquote', {}, el('span', { class: 'empty-note', text: `statement ${id.slice(0, 12)} (no quote in this report)` }));
  const source = [s.publisher, s.title].filter(Boolean).map(iso);
  const sourceText = source.length ? [source[0], ...(source[1] ? [', ', source[1]] : [])] : [iso(s.url || 'unnamed source')];
  const cite = el(
    'cite',
    {},
    `${s.stated} · ${stanceText(s)} · `,
    ...(s.speaker ? [iso(s.speaker), `${s.reportedBy ? ' (for ' : ''}`, s.reportedBy ? iso(name(s.reportedBy)) : '', `${s.reportedBy ? ')' : ''} · `] : []),
    s.link ? el('a', { href: s.link, rel: 'noreferrer' }, ...sourceText) : el('span', {}, ...sourceText),
  );
  const quote = OPENING_MARK.test(s.quote) ? [iso(s.quote)] : ['“', iso(s.quote), '”'];
  return el('blockquote', { 'data-statement': id }, el('span', { class: 'who' }, iso(name(s.holder)), ': '), ...quote, cite);
}

function showHistory(p) {
  const dialog = document.getElementById('detail');
  const body = document.getElementById('detail-body');
  body.replaceChildren(
    el('h3', { id: 'detail-title' }, iso(name(p.holder)), ' on ', iso(issueName(p.issue))),
    el('p', { class: 'c-meta', text: `now ${p.polarity} ${kindLabel(p.kind)}${held(p)} since ${p.since}, last stated ${p.lastStated}; ${counted(idsOf(p.statements).length, 'statement')} from ${counted(p.sources, 'source')}${p.reported ? '; rests on a third party’s report' : ''}` }),
    ...p.history.map((run) =>
      el('div', { class: 'run ' + polClass(run.polarity) }, el('h4', { text: `from ${run.from}: ${run.polarity} ${kindLabel(run.kind)}` }), pagedQuotes(idsOf(run.statements), -1)),
    ),
  );
  body.setAttribute('data-holder', p.holder);
  body.setAttribute('data-issue', p.issue);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}
// Quotes drawn a page at a time, from `at` (an index, the middle of the first page) or the start (-1): a line or a run
// of 20,000 statements took the browser seconds to lay out, opening and closing the dialog. Buttons add the page
// before or after, never drawing the ones shown again.
const QUOTES_PAGE = 100;
function pagedQuotes(ids, at, decorate = (block) => block) {
  let from = at < 0 ? 0 : Math.max(0, Math.min(at - QUOTES_PAGE / 2, ids.length - QUOTES_PAGE));
  let to = Math.min(ids.length, from + QUOTES_PAGE);
  const list = el('div', { class: 'evidence' }, ...ids.slice(from, to).map((id) => decorate(quoteBlock(id), id)));
  const earlier = el('button', { type: 'button', class: 'more' });
  const later = el('button', { type: 'button', class: 'more' });
  const tell = () => {
    earlier.hidden = from === 0;
    later.hidden = to === ids.length;
    earlier.textContent = `Show ${Math.min(from, QUOTES_PAGE)} earlier (${from + 1} to ${to} of ${ids.length} shown)`;
    later.textContent = `Show ${Math.min(ids.length - to, QUOTES_PAGE)} later (${from + 1} to ${to} of ${ids.length} shown)`;
  };
  earlier.addEventListener('click', () => {
    const next = Math.max(0, from - QUOTES_PAGE);
    list.prepend(...ids.slice(next, from).map((id) => decorate(quoteBlock(id), id)));
    from = next;
    tell();
  });
  later.addEventListener('click', () => {
    const next = Math.min(ids.length, to + QUOTES_PAGE);
    list.append(...ids.slice(to, next).map((id) => decorate(quoteBlock(id), id)));
    to = next;
    tell();
  });
  tell();
  return el('div', { class: 'paged' }, earlier, list, later);
}

// What a timeline mark says besides its stance, in words (the marks are hidden from a screen reader).
function markNotes(block, id) {
  const notes = [turningStatements.has(id) ? 'a reversal' : '', outweighed.has(id) ? "outweighed by the holder's own word of the days before" : ''].filter(Boolean);
  if (notes.length) block.append(el('span', { class: 'mark-note', text: notes.join('; ') }));
  return block;
}

// The days a list of statements (in order, not empty) was stated on: "on 2025-03-01", or "2025-03-01 to 2025-05-20".
function statedSpan(list) {
  const first = list[0].stated;
  const last = list[list.length - 1].stated;
  return first === last ? `on ${first}` : `${first} to ${last}`;
}

// A timeline row's statements, all days, in the order it draws them; `at`: the one whose mark was clicked, shown.
function showStatements(holder, issue, list, at) {
  const dialog = document.getElementById('detail');
  const body = document.getElementById('detail-body');
  const span = list.length ? `, ${statedSpan(list)}` : '';
  const index = at ? list.findIndex((s) => s.id === at) : -1;
  body.replaceChildren(
    el('h3', { id: 'detail-title' }, iso(name(holder)), ' on ', iso(issueName(issue)), ': the statements'),
    el('p', { class: 'c-meta', text: `${counted(list.length, 'statement')}${span}, as the timeline draws them` }),
    pagedQuotes(list.map((s) => s.id), index, markNotes),
  );
  body.setAttribute('data-holder', holder);
  body.setAttribute('data-issue', issue);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  const picked = at ? body.querySelector(`blockquote[data-statement="${CSS.escape(at)}"]`) : null;
  if (picked) {
    picked.classList.add('picked');
    picked.scrollIntoView({ block: 'center' });
  }
}
document.getElementById('detail-close').addEventListener('click', () => document.getElementById('detail').close());
// A click on the backdrop closes it; one in the dialog's own padding (or on its scrollbar) does not.
document.getElementById('detail').addEventListener('click', (e) => {
  if (e.target.id !== 'detail') return;
  const r = e.target.getBoundingClientRect();
  if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) e.target.close();
});

// ---- Timeline ------------------------------------------------------------
// Every statement of the report (all days), grouped by issue then holder.
// A date as stated: a day, a week (2025-W33) or a month (2025-05), placed at its first day.
// A timestamp is its instant, as the analysis places it (an offset may put it on the next or the previous day).
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const labelTime = (label) => {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) {
    const jan4 = utc(+week[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    return monday + (+week[2] - 1) * 7 * DAY;
  }
  if (/^\d{4}-\d{2}$/.test(label)) return fromDay(label + '-01');
  const at = INSTANT.exec(label);
  if (at) {
    const [, y, mo, d, h, mi, sec = '0', frac = '0', sign, oh = '0', om = '0'] = at;
    const offset = sign ? (sign === '-' ? -1 : 1) * (+oh * 60 + +om) * 60000 : 0;
    return utc(+y, +mo - 1, +d) + ((+h * 60 + +mi) * 60 + +sec) * 1000 + Math.floor(+('0.' + frac) * 1000) - offset;
  }
  return fromDay(label.slice(0, 10));
};
const stmtTime = (s) => labelTime(s.stated);
// The statements that turned their holder's stance, as the reversal rule found them (in log order, first-hand,
// a late-read older word and a turn undone the same day aside): a ring on the timeline.
const turningStatements = new Set();
for (const c of data.contradictions) {
  // Every version of the report's days, as each frame showed it: its type and its last statement as of then.
  let type;
  let list;
  for (const v of c.versions) {
    if (v.type !== undefined) type = v.type;
    if (v.statements !== undefined) list = v.statements;
    if (type === 'reversal') turningStatements.add(lastIdOf(list));
  }
}
const allStatements = Object.values(statements).sort((a, b) => stmtTime(a) - stmtTime(b) || (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
const tlStart = Math.min(firstDay, ...allStatements.map(stmtTime));
const tlEnd = Math.max(lastDay, ...allStatements.map(stmtTime)) + 4 * DAY;
const xOf = (ms) => `${(((ms - tlStart) / (tlEnd - tlStart)) * 100).toFixed(3)}%`;

// The axis's ticks, the same on every day, each the day it names: every day over two weeks or less (a log of one
// day had a single tick, the Monday after it), each Monday over a few weeks (a month's ticks would leave one label,
// or none), else the first of every month, or of every 3, 6, 12 months, 2, 5, 10... years, so that about a dozen show.
const axisTicks = (() => {
  const ticks = [];
  const start = new Date(tlStart);
  const [y0, m0] = [start.getUTCFullYear(), start.getUTCMonth()];
  const dayLabel = (d) => new Date(d).toLocaleString('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  if (tlEnd - tlStart <= 14 * DAY) {
    for (let d = utc(y0, m0, start.getUTCDate()); d < tlEnd; d += DAY) ticks.push([d, dayLabel(d)]);
    return ticks;
  }
  if (tlEnd - tlStart < 70 * DAY) {
    for (let d = utc(y0, m0, start.getUTCDate() + ((8 - start.getUTCDay()) % 7)); d < tlEnd; d += 7 * DAY) ticks.push([d, dayLabel(d)]);
    return ticks;
  }
  const months = (tlEnd - tlStart) / (30.44 * DAY);
  const steps = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];
  const stepMonths = steps.find((m) => months / m <= 14) || steps[steps.length - 1];
  // The first tick after the start on a multiple of the step (January of a year ending in 0 for a decade).
  let index = y0 * 12 + m0 + 1;
  index = Math.ceil(index / stepMonths) * stepMonths;
  for (let t = utc(Math.floor(index / 12), index % 12, 1); t < tlEnd; index += stepMonths, t = utc(Math.floor(index / 12), index % 12, 1)) {
    const label = stepMonths >= 12 ? String(Math.floor(index / 12)) : new Date(t).toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    ticks.push([t, label]);
  }
  return ticks;
})();

// Drawn once; a move of the slider then redraws only what depends on the day (bands, the day's line, which marks
// are still to come): redrawing a mark for each of 100,000 statements took seconds a move.
let timeline;
function buildTimeline() {
  const root = document.getElementById('timeline-body');
  const tracks = [];
  const marks = [];
  const byIssue = new Map();
  for (const s of allStatements) {
    if (!byIssue.has(s.issue)) byIssue.set(s.issue, new Map());
    const holders = byIssue.get(s.issue);
    if (!holders.has(s.holder)) holders.set(s.holder, []);
    holders.get(s.holder).push(s);
  }
  const boxes = [];
  for (const issue of data.issues) {
    const holders = byIssue.get(issue.id);
    if (!holders) continue;
    const box = el('div', { class: 'tl-issue', 'data-issue': issue.id }, el('h3', {}, iso(issue.name), issue.proposition ? el('small', {}, '+ means: ', iso(issue.proposition)) : null));
    for (const [holder, list] of [...holders].sort((a, b) => name(a[0]).localeCompare(name(b[0])))) {
      const bands = el('div', { class: 'tl-bands' });
      const now = el('div', { class: 'tl-now' });
      const track = el('div', { class: 'tl-track' }, bands);
      for (const s of list) {
        const pol = s.kind === 'retract' ? '0' : s.polarity;
        const reversal = turningStatements.has(s.id);
        const weighedLess = outweighed.has(s.id);
        const unheld = withdrewNothing.has(s.id);
        const t = stmtTime(s);
        const mark = el('span', {
          class: ['tl-mark', polClass(pol), FIRM.has(s.kind) ? 'firm' : '', s.reportedBy ? 'reported' : '', reversal ? 'reversal' : '', weighedLess ? 'outweighed' : '', unheld ? 'withdrew-nothing' : ''].filter(Boolean).join(' '),
          // A day (week, month) at the middle of its first day, where its tick stands; a time of day at its instant.
          style: `left:${xOf(INSTANT.test(s.stated) ? t : t + DAY / 2)}`,
          title: `${s.stated}: ${stanceText(s)}${unheld ? ': it withdrew nothing, and changed no stance' : ''}${reversal ? ' (reversal)' : ''}${weighedLess ? " (outweighed by the holder's own word of the days before)" : ''}\n${quoteLine(s)}`,
          'data-statement': s.id,
        });
        marks.push({ mark, t, future: false });
        track.append(mark);
      }
      track.append(now);
      tracks.push({ key: holder + '\u0000' + issue.id, bands, now });
      // The marks are drawn for the eye (a row of 10,000 would be 10,000 tab stops): the row's name opens its
      // statements in words, from the keyboard too; a click on a mark opens them at that statement.
      const open = (at) => showStatements(holder, issue.id, list, at);
      track.setAttribute('aria-hidden', 'true');
      // Only a mark: a band is a contradiction's, the track between marks nothing.
      track.addEventListener('click', (e) => {
        const id = e.target.getAttribute && e.target.getAttribute('data-statement');
        if (id) open(id);
      });
      const span = list.length ? ` (${statedSpan(list)})` : '';
      const who = el(
        'div',
        {
          class: 'who',
          title: nameText(holder),
          role: 'button',
          tabindex: 0,
          'aria-label': `${nameText(holder)} on ${issueText(issue.id)}: ${counted(list.length, 'statement')}${span}; open them`,
          onclick: () => open(null),
          onkeydown: (e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            open(null);
          },
        },
        iso(name(holder)),
      );
      box.append(el('div', { class: 'tl-row' }, who, track));
    }
    boxes.push(box);
  }
  // A tick stands where the marks of the day it names stand, at the day's middle.
  const axis = el('div', { class: 'tl-axis' }, ...axisTicks.map(([t, text]) => el('span', { style: `left:${xOf(t + DAY / 2)}`, text })));
  root.replaceChildren(...boxes, axis);
  if (!byIssue.size) root.append(el('p', { class: 'empty-note', text: 'No statements with quotes in this report.' }));
  // Thinned as the axis narrows (a phone), and again as it widens.
  new ResizeObserver(() => thinTicks(axis)).observe(axis);
  return { tracks, marks };
}

// The ticks' labels, each whole and apart from the last one shown: on a narrow axis (a phone: a dozen labels on some
// 250 pixels) they overlapped into an unreadable line. The first always shows; a label too close to the one before
// is hidden, its place kept, so that those shown stay evenly spaced (every other, or every third, label).
function thinTicks(axis) {
  const spans = [...axis.children];
  if (spans.length < 2 || axis.clientWidth === 0) return;
  for (const s of spans) s.classList.remove('crowded');
  const gap = 6;
  const boxes = spans.map((s) => s.getBoundingClientRect());
  // The smallest step, 1 (all), 2 (every other), 3... at which no two labels shown overlap.
  const fits = (step) => {
    for (let i = step; i < boxes.length; i += step) if (boxes[i].left < boxes[i - step].right + gap) return false;
    return true;
  };
  let step = 1;
  while (step < spans.length && !fits(step)) step++;
  spans.forEach((s, i) => s.classList.toggle('crowded', i % step !== 0));
}

// `day`: the slider's day, on which the frame's state holds (no statement since its day, or the frame is the nearest kept).
function renderTimeline(frame, day) {
  timeline = timeline || buildTimeline();
  const now = fromDay(day) + DAY;
  // The day's line goes through the day's marks and its tick, at its middle (at its end, it stood on the next day's
  // tick); the bands of the contradictions end there.
  const shownAt = now - DAY / 2;
  // The contradictions as they stood on the day shown, as the list below gives them, by holder and issue.
  const at = new Map();
  for (const c of frame.contradictions) {
    for (const h of c.actors) {
      for (const i of c.issues) {
        const key = h + '\u0000' + i;
        if (!at.has(key)) at.set(key, []);
        at.get(key).push(c);
      }
    }
  }
  for (const { key, bands, now: line } of timeline.tracks) {
    const shown = [];
    for (const c of at.get(key) || []) {
      const from = labelTime(c.since);
      if (from >= now) continue;
      const to = Math.min(c.until ? labelTime(c.until) : tlEnd, shownAt);
      shown.push(el('div', { class: 'tl-band' + (c.until && labelTime(c.until) < now ? ' resolved' : ''), 'data-id': c.id, style: `left:${xOf(from)};width:calc(${xOf(Math.max(to, from + DAY / 2))} - ${xOf(from)})`, title: `${c.type}: ${namedSummary(c.summary)} (${c.since} – ${c.until || 'open'})` }));
    }
    if (shown.length || bands.firstChild) bands.replaceChildren(...shown);
    line.style.left = xOf(shownAt);
  }
  for (const m of timeline.marks) {
    const future = m.t >= now;
    if (future !== m.future) {
      m.mark.classList.toggle('future', future);
      m.future = future;
    }
  }
}

// ---- Precondition graph --------------------------------------------------
const signOf = (polarity) => (polarity === '-' ? '−' : polarity);
let cy;
let graphSignature = '';
let graphNone;
// The issues drawn are those a condition of the day names, and those a deadlock passes through on its way down to a
// sub-issue: the graph is of the preconditions, not of the issue hierarchy. A dashed link goes from an issue to a
// sub-issue when both are drawn; a sub-issue no condition names is left out, though its siblings are drawn.
function graphElements(frame) {
  const nodes = new Set();
  for (const e of frame.edges) { nodes.add(e.from); nodes.add(e.to); }
  const cycle = new Set(frame.cycleEdges);
  // Issues a deadlock passes through on its way down to a sub-issue.
  for (const key of cycle) for (const id of key.replace(/^part:/, '').split('->')) nodes.add(id);
  const inCycle = new Set();
  for (const key of cycle) for (const id of key.replace(/^part:/, '').split('->')) inCycle.add(id);
  const elements = [...nodes].sort().map((id) => ({ data: { id, label: issueText(id) }, classes: inCycle.has(id) ? 'deadlock' : '' }));
  for (const id of nodes) {
    const parent = issueInfo.get(id) && issueInfo.get(id).parent;
    if (parent && nodes.has(parent)) {
      const key = `part:${parent}->${id}`;
      // Its element's id starts with what no holder's id can: a holder "part" has conditions of ids "part:...".
      elements.push({ data: { id: '~' + key, source: parent, target: id, label: 'includes' }, classes: cycle.has(key) ? 'part deadlock' : 'part' });
    }
  }
  for (const e of frame.edges) {
    for (const h of e.holders) {
      // The sign says what the condition asks of the issue the edge starts from: "+" that it holds, "−" that it does not.
      const term = (e.terms || []).find((t) => t.holder === h);
      const label = term ? `${nameText(h)} (${signOf(term.condition)})` : nameText(h);
      elements.push({ data: { id: `${h}:${e.from}->${e.to}`, source: e.from, target: e.to, label, colour: holderColour.get(h) || '#475569' }, classes: cycle.has(`${e.from}->${e.to}`) ? 'condition deadlock' : 'condition' });
    }
  }
  return elements;
}

// "Precondition graph: Ukraine wants Ceasefire (+) before Peace talks; ... Deadlocked: Ceasefire, Territorial concessions."
function graphWords(frame) {
  if (!frame.edges.length) return 'Precondition graph: no conditions stated by this day.';
  const conditions = frame.edges.flatMap((e) =>
    e.holders.map((h) => {
      const term = (e.terms || []).find((t) => t.holder === h);
      return `${nameText(h)} wants ${issueText(e.from)}${term ? ` (${signOf(term.condition)})` : ''} before ${issueText(e.to)}`;
    }),
  );
  const deadlocked = [...new Set(frame.cycleEdges.flatMap((key) => key.replace(/^part:/, '').split('->')))].sort().map(issueText);
  return `Precondition graph: ${conditions.join('; ')}.${deadlocked.length ? ` Deadlocked: ${deadlocked.join(', ')}.` : ''}`;
}

function renderGraph(frame) {
  const legend = document.getElementById('graph-legend');
  const holders = [...new Set(frame.edges.flatMap((e) => e.holders))].sort();
  legend.replaceChildren(
    ...holders.map((h) => el('div', {}, el('span', { class: 'line', style: `background:${holderColour.get(h)}` }), 'conditions of ', iso(name(h)))),
    el('div', {}, el('span', { class: 'line', style: 'background:#e02424;opacity:.45;height:9px' }), 'on a cycle (deadlock)'),
    el('div', {}, el('span', { class: 'line', style: 'background:repeating-linear-gradient(90deg,#98a2b3 0 4px,transparent 4px 7px)' }), 'includes a sub-issue'),
    el('div', {}, '(+) the condition asks that the first issue hold, (−) that it not'),
  );
  // A day with no condition says so, in place of the graph: its box, empty, stood 460 pixels high.
  const wrap = document.querySelector('#graph .graph-wrap');
  if (!graphNone) wrap.after((graphNone = el('p', { class: 'empty-note', id: 'graph-none', text: 'No conditions stated by this day.' })));
  wrap.hidden = !frame.edges.length;
  graphNone.hidden = !wrap.hidden;
  const canvas = document.getElementById('graph-canvas');
  // The drawing in words, for one who cannot see it; a long name, cut short on the canvas, is whole here and in the legend.
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', graphWords(frame));
  canvas.setAttribute('data-edges', String(frame.edges.length));
  canvas.setAttribute('data-cycle-edges', frame.cycleEdges.join(' '));
  if (wrap.hidden) {
    // Drawn anew when shown again, in the box's size then.
    graphSignature = '';
    return;
  }
  if (typeof window.cytoscape !== 'function') {
    canvas.textContent = 'The graph library did not load (assets/cytoscape.min.js).';
    return;
  }
  const elements = graphElements(frame);
  canvas.setAttribute('data-condition-labels', elements.filter((e) => e.classes.startsWith('condition')).map((e) => `${e.data.id}=${e.data.label}`).join('\n'));
  // The issues drawn, and the links from an issue to a sub-issue: for the tests.
  canvas.setAttribute('data-nodes', elements.filter((e) => e.data.source === undefined).map((e) => e.data.id).join(' '));
  canvas.setAttribute('data-sub-issue-links', elements.filter((e) => e.classes.startsWith('part')).map((e) => e.data.id.slice(1)).join(' '));
  const signature = JSON.stringify(elements);
  if (signature === graphSignature) return;
  graphSignature = signature;
  if (!cy) {
    cy = window.cytoscape({
      container: canvas,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'ellipsis', 'text-max-width': 130, width: (n) => Math.max(70, Math.min(130, n.data('label').length * 7.2)), height: 34, padding: '6px', shape: 'round-rectangle', 'background-color': '#eef2ff', 'border-width': 1.5, 'border-color': '#6366f1', color: '#1e1b4b' } },
        { selector: 'node.deadlock', style: { 'background-color': '#fde8e8', 'border-color': '#e02424', 'border-width': 3, color: '#7f1d1d' } },
        { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, width: 2.5, label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 160, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
        { selector: 'edge.condition', style: { 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', color: 'data(colour)' } },
        { selector: 'edge.part', style: { 'line-style': 'dashed', 'line-color': '#98a2b3', 'target-arrow-color': '#98a2b3', width: 1.5, color: '#667085', 'target-arrow-shape': 'vee' } },
        { selector: 'edge.deadlock', style: { width: 4, 'underlay-color': '#e02424', 'underlay-opacity': 0.4, 'underlay-padding': 5 } },
      ],
    });
  }
  cy.elements().remove();
  cy.add(elements);
  // The box may have been hidden (a day with no condition) since cytoscape last measured it.
  cy.resize();
  // What was drawn, for the tests: cytoscape drops an element whose id it already has.
  canvas.setAttribute('data-drawn-edges', String(cy.edges().length));
  cy.layout({ name: 'circle', padding: 30, avoidOverlap: true, spacingFactor: 1.1, animate: false, sort: (a, b) => (a.id() < b.id() ? -1 : 1) }).run();
  cy.fit(undefined, 30);
}

// ---- Contradictions ------------------------------------------------------
// What a contradiction's rule finds: its description, looked up as the data's own (a rule of one's own may be
// named `constructor`); a rule of one's own that gives none is said as `stancelog explain` says it.
function ruleWords(type) {
  return Object.prototype.hasOwnProperty.call(data.rules, type) ? data.rules[type] : `found by the rule ${type} (not a built-in rule)`;
}
// Drawn a page at a time: fifty holders on forty issues can be at odds in thousands of pairs, and a list of them
// all, with their quotes, took the browser a minute to lay out on each move of the slider.
const CONTRADICTIONS_PAGE = 100;
// A contradiction's card: its summary, dates, sides, rule and evidence.
function contradictionItem(c) {
  const ids = idsOf(c.statements);
  return el(
    'li',
    { class: c.status + (c.reported && c.reported.length ? ' on-reports' : ''), 'data-id': c.id, 'data-status': c.status, id: 'c-' + c.id.replace(/[^A-Za-z0-9_-]/g, '_') },
    el('div', { class: 'c-head' }, el('span', { class: 'badge', text: c.type }), el('span', { class: 'badge ' + c.status, text: c.status === 'open' ? 'open' : 'resolved ' + c.until }), el('span', { class: 'c-summary' }, ...summaryParts(c.summary, iso))),
    el('div', { class: 'c-meta' }, `since ${c.since} · issues: `, ...isoList(c.issues.map(issueName)), ' · actors: ', ...isoList(c.actors.map(name)), ` · ${counted(ids.length, 'statement')} · id ${c.id}`),
    // The sides that stand on a third party's account, not the holder's own word (as `stancelog contradictions` says).
    c.reported && c.reported.length ? el('div', { class: 'c-reported' }, 'Rests on reports: ', ...c.reported.flatMap((r, i) => [...(i ? ['; '] : []), iso(name(r.holder)), ' on ', iso(issueName(r.issue)), ' as reported by ', iso(name(r.by))])) : null,
    el('div', { class: 'c-rule', text: 'Rule: ' + ruleWords(c.type) }),
    el('ul', { class: 'evidence' }, ...ids.map((id) => el('li', {}, quoteBlock(id)))),
    // The evidence for its end, as the list above is for its start (none when no single statement ended it).
    c.resolvedBy ? el('div', { class: 'c-ended' }, el('div', { class: 'c-ended-label', text: `Ended on ${c.until} by` }), el('ul', { class: 'evidence ended-by' }, el('li', {}, quoteBlock(c.resolvedBy)))) : null,
  );
}

// A day's list starts at its first page; "Show more" adds the next page to the cards drawn, never draws them again
// (drawing the whole list at each click, and each later day's in full, took seconds past a few thousand).
function renderContradictions(frame) {
  const list = document.getElementById('contradictions-list');
  const ordered = [...frame.contradictions.filter((c) => c.status === 'open'), ...frame.contradictions.filter((c) => c.status !== 'open')];
  const open = ordered.filter((c) => c.status === 'open').length;
  document.getElementById('contradictions-count').textContent = `${open} open, ${ordered.length - open} resolved`;
  let shown = Math.min(CONTRADICTIONS_PAGE, ordered.length);
  list.replaceChildren(...ordered.slice(0, shown).map(contradictionItem));
  if (!ordered.length) list.append(el('li', { class: 'resolved' }, el('span', { class: 'empty-note', text: 'No contradictions by this day.' })));
  const more = document.getElementById('contradictions-more');
  const tell = () => {
    const left = ordered.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, CONTRADICTIONS_PAGE)} more (${shown} of ${ordered.length} shown)`;
  };
  tell();
  more.onclick = () => {
    const next = ordered.slice(shown, shown + CONTRADICTIONS_PAGE);
    list.append(...next.map(contradictionItem));
    shown += next.length;
    tell();
  };
}

// ---- Corrections ---------------------------------------------------------
// What the log took back (as the report knows it): not of a day, so drawn once. Each withdrawn statement is left out
// of every section above; a correction's copy stands in its place.
function renderCorrections() {
  const list = document.getElementById('corrections-list');
  const corrections = data.corrections || [];
  document.getElementById('corrections-count').textContent = corrections.length
    ? `${counted(corrections.length, 'event')} taken back, when and why, and what took its place: left out of every section above`
    : 'nothing taken back';
  if (!corrections.length) {
    list.replaceChildren(el('li', {}, el('span', { class: 'empty-note', text: 'No corrections: the log has withdrawn nothing.' })));
    return;
  }
  list.replaceChildren(
    ...corrections.map((c) =>
      el(
        'li',
        { 'data-withdrawn': String(c.withdrawn.position), 'data-replaced-by': c.replacedBy || '' },
        el('div', { class: 'c-head' }, el('span', { class: 'badge', text: c.replacedBy ? 'corrected' : 'withdrawn' }), el('span', { class: 'c-summary' }, `#${c.withdrawn.position} taken back on ${c.recordedAt.slice(0, 10)} (#${c.position}): `, iso(c.reason))),
        c.withdrawn.statement
          ? el('ul', { class: 'evidence withdrawn' }, el('li', {}, quoteBlockOf(c.withdrawn.statement, c.withdrawn.statement.id)))
          : el('div', { class: 'c-meta', text: `a ${c.withdrawn.type} event of the register` }),
        c.replacedBy
          ? el('div', { class: 'c-ended' }, el('div', { class: 'c-ended-label', text: 'In its place' }), el('ul', { class: 'evidence' }, el('li', {}, quoteBlock(c.replacedBy))))
          : el('div', { class: 'c-meta', text: 'Nothing in its place.' }),
      ),
    ),
  );
}

// ---- As-of slider --------------------------------------------------------
const slider = document.getElementById('slider');
const dayOut = document.getElementById('asof-day');
slider.max = String(dayCount - 1);
slider.value = String(dayCount - 1);
document.getElementById('slider-marks').replaceChildren(...frameDays.map((d) => el('option', { value: d })));

// The report's bitemporal point: stated by (valid time), and as known on (recorded time).
// Without a recorded time, the day of the last recording the report knows: what a reader of a corrected report asks.
const asOfNote = data.asOf && (data.asOf.validTime || data.asOf.recordedTime)
  ? ' · report ' + [data.asOf.validTime && `as of ${data.asOf.validTime}`, data.asOf.recordedTime ? `as known on ${data.asOf.recordedTime}` : data.knownAt && `as known on ${data.knownAt.slice(0, 10)}`].filter(Boolean).join(', ')
  : data.knownAt
    ? ` · as known on ${data.knownAt.slice(0, 10)}`
    : '';

function show(dayIndex) {
  if (!frames.length) {
    dayOut.textContent = '—';
    document.getElementById('summary').textContent = `No statements in this report${asOfNote}.`;
    // No day to move to, nothing to replay.
    for (const id of ['slider', 'prev', 'next', 'play']) document.getElementById(id).disabled = true;
    // Each section says it has nothing, rather than stand blank (the graph's box, empty, stood 460 pixels high).
    const nothing = (text) => el('p', { class: 'empty-note', text });
    document.getElementById('matrix-table').replaceWith(nothing('No positions: the log holds no statements.'));
    document.getElementById('timeline-body').replaceChildren(nothing('No statements to draw.'));
    document.querySelector('#graph .graph-wrap').replaceWith(nothing('No preconditions: no statement sets a condition.'));
    document.getElementById('contradictions-list').replaceChildren(el('li', { class: 'resolved' }, nothing('No contradictions.')));
    return;
  }
  const frame = frameView(frameIndexAt(dayIndex));
  const day = toDay(firstDay + dayIndex * DAY);
  // Days are sampled past maxFrames: say so when statements of later days than the frame's are left out of this view.
  // By day: a statement stated at a time of the frame's own day is in the frame.
  const skipped = frame.day < day && allStatements.some((s) => stmtTime(s) >= fromDay(frame.day) + DAY && stmtTime(s) < fromDay(day) + DAY);
  dayOut.textContent = skipped ? `${day} (shown: ${frame.day}, the nearest day kept)` : day;
  // A screen reader says the day, not the slider's number of days since the first.
  slider.setAttribute('aria-valuetext', dayOut.textContent);
  document.body.setAttribute('data-day', day);
  document.body.setAttribute('data-frame', frame.day);
  const open = frame.contradictions.filter((c) => c.status === 'open').length;
  const holders = new Set(frame.positions.map((p) => p.holder)).size;
  document.getElementById('summary').textContent =
    `${counted(frame.positions.length, 'position')} of ${counted(holders, 'holder')} · ${counted(open, 'open contradiction')}${asOfNote}`;
  renderMatrix(frame);
  // The line on the slider's day, which holds the frame's state, unless days were left out (then on the frame's).
  renderTimeline(frame, skipped ? frame.day : day);
  renderGraph(frame);
  renderContradictions(frame);
}

slider.addEventListener('input', () => show(Number(slider.value)));
const stepTo = (dir) => {
  const v = Number(slider.value);
  const target = dir > 0 ? frameDays.find((d) => d > v) : [...frameDays].reverse().find((d) => d < v);
  if (target === undefined) return;
  slider.value = String(target);
  show(target);
};
document.getElementById('prev').addEventListener('click', () => stepTo(-1));
document.getElementById('next').addEventListener('click', () => stepTo(1));
let playing;
document.getElementById('play').addEventListener('click', (e) => {
  if (playing) {
    clearInterval(playing);
    playing = undefined;
    e.target.textContent = 'Replay';
    return;
  }
  slider.value = String(frameDays[0] || 0);
  show(Number(slider.value));
  e.target.textContent = 'Stop';
  playing = setInterval(() => {
    const before = slider.value;
    stepTo(1);
    if (slider.value === before) {
      clearInterval(playing);
      playing = undefined;
      e.target.textContent = 'Replay';
    }
  }, 900);
});

renderLegend();
renderCorrections();
show(dayCount - 1);
// The sticky header's height, for the sections the nav links scroll to (see report.css): it changes as it wraps.
const header = document.querySelector('header.top');
const fitHeader = () => document.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
fitHeader();
new ResizeObserver(fitHeader).observe(header);
// What the page computes for frame i, its lists of statements whole: for the tests and tools that drive the page,
// to check it against the analysis (the page builds frames from the stored versions, not from lists per day).
window.stancelogFrame = (i) => {
  const f = frameView(i);
  return {
    day: f.day,
    positions: f.positions.map((p) => ({ ...p, statements: idsOf(p.statements), history: p.history.map((run) => ({ ...run, statements: idsOf(run.statements) })) })),
    contradictions: f.contradictions.map((c) => ({ ...c, statements: idsOf(c.statements) })),
    edges: f.edges,
    cycleEdges: f.cycleEdges,
  };
};
document.body.setAttribute('data-ready', 'true');
