export * from './pressure-index.js';
export * from './threat-during-talks.js';
