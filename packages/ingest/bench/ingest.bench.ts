/**
 * Articles of about 5 KB ingested per second on one core, against wink-nlp's
 * full readDoc alone on the same text in the same process (the cost any
 * wink-based pipeline would pay with wink's default settings).
 *
 * Time is the process's CPU time (user + system), not wall time, so that
 * other processes on a shared machine weigh less; rounds of baseline and
 * pipeline alternate after a warm-up, and the best round of each is kept.
 * On a loaded machine the ratio is the figure to compare, not the rates.
 *
 * Run: pnpm exec tsx packages/ingest/bench/ingest.bench.ts [--quick]
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ingestText, prepareOptions } from '../src/index.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const PER_ROUND = quick ? 10 : 100;
const ROUNDS = quick ? 2 : 5;
const WARMUP = quick ? 10 : 300;

// A synthetic 5 KB article in the project's own words: prose with quotes,
// speakers, relative dates, and site noise.
const paragraphs = [
  'Kyiv rejected any territorial concessions on Friday, officials said, as talks in Geneva stalled.',
  '"Russia must agree to a full ceasefire before any peace talks," Zelensky said on Thursday.',
  'Kremlin spokesman Dmitry Peskov said the demands remain unchanged: Ukraine must renounce its NATO aspirations and adopt neutrality.',
  'Chancellor Friedrich Merz told reporters that Ukraine is open to discussing territorial questions but that recognition of the annexation is non-negotiable.',
  'Both sides agreed in principle to a prisoner exchange, according to diplomatic sources.',
  'The European Union is preparing new sanctions, von der Leyen said in early June.',
];
const noise = ['Share', 'Subscribe to our newsletter', 'Bitcoin $64,000.12 -2.1%', 'Related posts'];
let built = 'Talks stall in Geneva\n\n';
// Each round differs: repeated lines would be dropped as repeated headlines.
for (let round = 1; built.length < 5000; round++) built += paragraphs.map((p) => `In round ${round}, ${p[0]!.toLowerCase()}${p.slice(1)}`).join('\n\n') + '\n\n';
built = built.slice(0, built.lastIndexOf('\n\n', 5000)) + '\n' + noise.join('\n');
// A file read from disk is one flat string; so is this one.
const article = Buffer.from(built, 'utf8').toString('utf8');

const options = prepareOptions({});
const nlp = winkNLP(model);
const baselineRun = () => nlp.readDoc(article);
const pipelineRun = () => ingestText(article, { publishedAt: '2025-06-07' }, options);

function cpuRate(fn: () => unknown, n: number): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const used = process.cpuUsage(t0);
  return (n * 1e6) / (used.user + used.system);
}

const wall0 = performance.now();
cpuRate(baselineRun, WARMUP);
cpuRate(pipelineRun, WARMUP);
let baseline = 0;
let pipeline = 0;
for (let r = 0; r < ROUNDS; r++) {
  baseline = Math.max(baseline, cpuRate(baselineRun, PER_ROUND));
  pipeline = Math.max(pipeline, cpuRate(pipelineRun, PER_ROUND));
}
const statements = pipelineRun();
const count = statements._tag === 'Right' ? statements.right.statements.length : 0;
console.log(`article size:          ${article.length} chars, ${count} statements; ${ROUNDS} rounds of ${PER_ROUND} after ${WARMUP} warm-up runs${quick ? ' (quick)' : ''}`);
console.log(`wink readDoc alone:    ${baseline.toFixed(0)} articles/s (CPU time, best round)`);
console.log(`ingestText:            ${pipeline.toFixed(0)} articles/s (CPU time, best round; target >= 200)`);
console.log(`ratio to baseline:     ${(pipeline / baseline).toFixed(2)}`);
console.log(`wall time:             ${((performance.now() - wall0) / 1000).toFixed(1)} s`);
