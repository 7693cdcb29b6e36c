// Prints the plain closing line of a test run from jest's JSON results
// (`jest --json --outputFile=.tmp/jest-results.json`): "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/jest-results.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
process.exit(r.success ? 0 : 1);
