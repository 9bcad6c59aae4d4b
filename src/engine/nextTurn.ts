// Between two slices of long work (indexing a corpus, checking a long draft) the event loop must
// get a full turn: incoming messages (the editor's keystrokes), timers, I/O. In Node a
// setImmediate callback runs after the poll phase; browsers have no setImmediate, and there a
// setTimeout(0) is a task of its own, queued behind the messages that arrived meanwhile.

/** Runs `fn` after the event loop's next turn; returns what cancels it. */
export function nextTurn(fn: () => void): () => void {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; clearImmediate?: (handle: unknown) => void };
  if (typeof g.setImmediate === 'function' && typeof g.clearImmediate === 'function') {
    // an immediate runs after I/O; the timeout after that lets the timers due meanwhile run first
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handle = g.setImmediate(() => (timer = setTimeout(fn, 0)));
    return () => {
      g.clearImmediate!(handle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}

/** Resolves after the event loop's next turn. */
export function afterNextTurn(): Promise<void> {
  return new Promise((resolve) => nextTurn(resolve));
}
