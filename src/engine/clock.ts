// Milliseconds for time budgets (claim slices, reading a draft, indexing a corpus): a monotonic
// clock where there is one (Node, browsers, workers), else the wall clock.
export const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
