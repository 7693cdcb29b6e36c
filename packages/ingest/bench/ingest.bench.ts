/**
 * Articles of about 5 KB ingested per second on one core, against wink-nlp's
 * readDoc alone on the same text (the floor any wink-based pipeline pays).
 * Run: pnpm exec tsx packages/ingest/bench/ingest.bench.ts [--quick]
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ingestText, prepareOptions } from '../src/index.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const N = quick ? 20 : 300;

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
let article = 'Talks stall in Geneva\n\n';
// Each round differs: repeated lines would be dropped as repeated headlines.
for (let round = 1; article.length < 5000; round++) article += paragraphs.map((p) => `In round ${round}, ${p[0]!.toLowerCase()}${p.slice(1)}`).join('\n\n') + '\n\n';
article = article.slice(0, article.lastIndexOf('\n\n', 5000)) + '\n' + noise.join('\n');

const options = prepareOptions({});
const nlp = winkNLP(model);
ingestText(article, { publishedAt: '2025-06-07' }, options);
nlp.readDoc(article);

function rate(fn: () => void): number {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) fn();
  return (N * 1000) / (performance.now() - t0);
}
const baseline = rate(() => nlp.readDoc(article));
const pipeline = rate(() => ingestText(article, { publishedAt: '2025-06-07' }, options));
console.log(`article size:          ${article.length} chars, ${N} runs${quick ? ' (quick)' : ''}`);
console.log(`wink readDoc alone:    ${baseline.toFixed(0)} articles/s`);
console.log(`ingestText:            ${pipeline.toFixed(0)} articles/s (target >= 200)`);
console.log(`ratio to baseline:     ${(pipeline / baseline).toFixed(2)}`);
