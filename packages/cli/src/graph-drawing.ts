/**
 * The precondition graph as a drawing's source, for `stancelog graph --dot`
 * (Graphviz) and `--mermaid` (which GitHub, GitLab and many Markdown
 * editors draw): issues by their titles, an edge `A -> B` ("A before B")
 * labelled with the names of the holders who want it, the edges of open
 * deadlocks in red, and a dashed "includes" link from an issue to a
 * sub-issue of it in the graph, as a condition on an issue covers its
 * sub-issues (a cycle may close through one). A holder whose condition is
 * that `A` not hold first is marked `(not)`, one whose stance is a third
 * party's account `(reported by ...)`.
 *
 * @since 0.1.0
 */
import type { RegistryState } from '@stancelog/core';
import type { GraphEdgeView } from './graph.js';

/** The red of a deadlock's edges: the report's colour for a clash. */
const DEADLOCK_COLOUR = '#b91c1c';

/** Mermaid's defaults (mermaid 11), which a chart's own directives may not change. */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT = 50_000;

/** An issue of the graph with its title, and the issues it includes among the graph's. */
interface Drawn {
  readonly issues: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly edges: ReadonlyArray<{ readonly from: string; readonly to: string; readonly label: string; readonly deadlocked: boolean }>;
  readonly includes: ReadonlyArray<{ readonly parent: string; readonly child: string; readonly deadlocked: boolean }>;
}

function drawn(views: ReadonlyArray<GraphEdgeView>, registry: RegistryState): Drawn {
  const ids = [...new Set(views.flatMap((e) => [e.from, e.to]))].sort();
  const present = new Set(ids);
  const title = (id: string): string => registry.issues.get(id)?.issue.title ?? id;
  const name = (id: string): string => registry.actors.get(id)?.actor.name ?? id;
  const edges = views.map((e) => ({
    from: e.from,
    to: e.to,
    // "(not)": the holder wants `from` not to hold before `to` (a condition of polarity -); "reported by": its
    // stance is a third party's account of it.
    label: e.terms
      .map((t) => {
        const marks = [...(t.condition === '-' ? ['not'] : []), ...(t.reportedBy !== null ? [`reported by ${name(t.reportedBy)}`] : [])];
        return marks.length === 0 ? name(t.holder) : `${name(t.holder)} (${marks.join(', ')})`;
      })
      .join(', '),
    deadlocked: e.deadlocks.length > 0,
  }));
  // Each issue's nearest ancestor in the graph (the issues between them are in no edge): an includes link.
  const above = new Map<string, string>();
  for (const child of ids) {
    let parent = registry.issues.get(child)?.issue.parent;
    for (let guard = 0; parent !== undefined && !present.has(parent) && guard < 64; guard++) parent = registry.issues.get(parent)?.issue.parent;
    if (parent !== undefined && present.has(parent)) above.set(child, parent);
  }
  const onCycle = new Map<string, GraphEdgeView[]>();
  for (const e of views) for (const d of e.deadlocks) onCycle.set(d, [...(onCycle.get(d) ?? []), e]);
  // A cycle goes down the hierarchy where one of its edges reaches an issue and the next leaves from a sub-issue of
  // it: every link from that sub-issue up to the issue is on the deadlock, more than one when an issue between them
  // is in the graph too.
  const descended = new Set<string>();
  for (const cycle of onCycle.values()) {
    const reached = new Set(cycle.map((e) => e.to));
    for (const next of cycle) {
      if (reached.has(next.from)) continue; // reached by an edge, not gone down to
      const way: string[] = [];
      for (let child = next.from, parent = above.get(child); parent !== undefined && way.length < ids.length; child = parent, parent = above.get(child)) {
        way.push(`${parent}>${child}`);
        if (reached.has(parent)) {
          for (const link of way) descended.add(link);
          break;
        }
      }
    }
  }
  const includes = [...above].map(([child, parent]) => ({ parent, child, deadlocked: descended.has(`${parent}>${child}`) }));
  return { issues: ids.map((id) => ({ id, title: title(id) })), edges, includes };
}

// The longest line of a DOT label, in characters: about what Mermaid wraps a label at.
const DOT_LINE = 30;

/** A text cut at spaces into lines of at most `width` characters (a longer word on a line of its own, whole). */
function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/**
 * The graph in Graphviz's DOT language: `stancelog graph --dot | dot -Tsvg > graph.svg`.
 *
 * @example
 * import { analysis, replay } from '@stancelog/core'
 * import { dotGraph } from './graph-drawing.js'
 * const { registry } = replay(analysis(), [])
 * const dot = dotGraph([{ from: 'ceasefire', to: 'peace-talks', holders: ['ukraine'], terms: [{ holder: 'ukraine', condition: '+', stance: '+', reportedBy: null }], deadlocks: [] }], registry)
 * assert.ok(dot.startsWith('digraph preconditions {\n'))
 * assert.ok(dot.includes('  "ceasefire" -> "peace-talks" [label="ukraine"];\n'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function dotGraph(views: ReadonlyArray<GraphEdgeView>, registry: RegistryState): string {
  const { issues, edges, includes } = drawn(views, registry);
  // Graphviz reads HTML's entities in any label (`&amp;` draws `&`): an `&` goes as one, drawn as written.
  const escaped = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;');
  // Graphviz breaks a label only where it is told (`\n`, centred): a long title made a box as wide as the chart.
  const q = (text: string): string => `"${wrapLines(text.replace(/\r?\n|\r/g, ' '), DOT_LINE).map(escaped).join('\\n')}"`;
  const red = `, color="${DEADLOCK_COLOUR}", fontcolor="${DEADLOCK_COLOUR}", penwidth=2`;
  const lines = ['digraph preconditions {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  for (const i of issues) lines.push(`  ${q(i.id)} [label=${q(i.title)}];`);
  for (const e of edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}${e.deadlocked ? red : ''}];`);
  for (const l of includes) lines.push(`  ${q(l.parent)} -> ${q(l.child)} [label="includes", style=dashed${l.deadlocked ? red : ''}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

/**
 * The graph as a Mermaid flowchart, to paste into a Markdown page
 * (a fenced `mermaid` block).
 *
 * @example
 * import { analysis, replay } from '@stancelog/core'
 * import { mermaidGraph } from './graph-drawing.js'
 * const { registry } = replay(analysis(), [])
 * const text = mermaidGraph([{ from: 'ceasefire', to: 'peace-talks', holders: ['ukraine'], terms: [{ holder: 'ukraine', condition: '+', stance: '+', reportedBy: null }], deadlocks: ['circular-precondition:x'] }], registry)
 * assert.deepStrictEqual(text.split('\n'), ['flowchart LR', '  i0["ceasefire"]', '  i1["peace-talks"]', '  i0 -->|"ukraine"| i1', '  linkStyle 0 stroke:#b91c1c,stroke-width:3px,color:#b91c1c', ''])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function mermaidGraph(views: ReadonlyArray<GraphEdgeView>, registry: RegistryState): string {
  const { issues, edges, includes } = drawn(views, registry);
  // Mermaid's ids are its own (an issue id may hold what its syntax reads). Its quoted text is HTML, where `#...;` is
  // an entity, `\n` a line break and a leading backtick Markdown: those characters go as entity codes, drawn as written.
  const node = new Map(issues.map((i, n) => [i.id, `i${n}`]));
  const q = (text: string): string =>
    `"${text.replace(/\r?\n|\r/g, ' ').replace(/["#&<>`\\]/g, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`))}"`;
  const lines = ['flowchart LR'];
  for (const i of issues) lines.push(`  ${node.get(i.id)}[${q(i.title)}]`);
  const red: number[] = [];
  for (const e of edges) {
    if (e.deadlocked) red.push(lines.length - 1 - issues.length);
    lines.push(`  ${node.get(e.from)} -->|${q(e.label)}| ${node.get(e.to)}`);
  }
  for (const l of includes) {
    if (l.deadlocked) red.push(lines.length - 1 - issues.length);
    lines.push(`  ${node.get(l.parent)} -.->|includes| ${node.get(l.child)}`);
  }
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:${DEADLOCK_COLOUR},stroke-width:3px,color:${DEADLOCK_COLOUR}`);
  return lines.join('\n') + '\n';
}

/**
 * Why Mermaid, as configured by default (mermaid.js, and the Markdown
 * viewers that use it), would not draw a chart: more than 500 links (its
 * `maxEdges`, which refuses the chart) or more than 50,000 characters (its
 * `maxTextSize`, which draws an error in its place). A chart cannot raise
 * either for itself. Undefined when it draws.
 *
 * @example
 * import { mermaidTooLarge } from './graph-drawing.js'
 * assert.strictEqual(mermaidTooLarge('flowchart LR\n  i0["Ceasefire"]\n  i1["Talks"]\n  i0 -->|"Ukraine"| i1\n'), undefined)
 * assert.strictEqual(mermaidTooLarge('flowchart LR\n' + '  i0 -->|"Ukraine"| i1\n'.repeat(501)), '501 links, where Mermaid draws 500 at most (its maxEdges)')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function mermaidTooLarge(chart: string): string | undefined {
  // A link's line is the only one with an arrow: titles write `>` as an entity code.
  const links = chart.split('\n').filter((l) => / (-->|-\.->)\|/.test(l)).length;
  if (links > MERMAID_MAX_EDGES) return `${links} links, where Mermaid draws ${MERMAID_MAX_EDGES} at most (its maxEdges)`;
  if (chart.length > MERMAID_MAX_TEXT) return `${chart.length} characters, where Mermaid draws ${MERMAID_MAX_TEXT} at most (its maxTextSize)`;
  return undefined;
}
