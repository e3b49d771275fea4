// Retry timers for tests: records every backoff delay instead of sleeping.
import type { RetryTimers } from '../../src/core/request.ts';

export interface RecordingTimers extends RetryTimers {
  readonly delays: number[];
}

/** Timers whose sleep resolves at once (unless the signal already aborted) and whose jitter is fixed. */
export function recordingTimers(random = 0.5): RecordingTimers {
  const delays: number[] = [];
  return {
    delays,
    random: () => random,
    sleep(ms, signal) {
      delays.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      return Promise.resolve();
    },
  };
}
