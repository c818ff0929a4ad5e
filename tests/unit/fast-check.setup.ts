import fc from 'fast-check';

/**
 * Property tests explore new inputs on every local run (that is how they found "__proto__" as a
 * statistics sign); on CI they replay a fixed seed so that a landing is never decided by chance.
 * FC_SEED=<n> replays a reported counterexample.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
