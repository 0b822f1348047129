/**
 * Preloaded into a measured process with `node --require out/bench/probe.js …`; adds nothing to the
 * product code. STORY_COACH_BENCH_USAGE=FILE: on exit, write peak RSS and CPU time (whole process,
 * all threads) — used when /usr/bin/time is missing. STORY_COACH_BENCH_HEAP=FILE: on SIGUSR2,
 * write process.memoryUsage() — used to read the language server's heap without a custom request.
 */
import * as fs from 'node:fs';

const usageFile = process.env.STORY_COACH_BENCH_USAGE;
if (usageFile) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      usageFile,
      JSON.stringify({ maxRssKiB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }),
    );
  });
}

const heapFile = process.env.STORY_COACH_BENCH_HEAP;
if (heapFile) {
  process.on('SIGUSR2', () => {
    fs.writeFileSync(heapFile, JSON.stringify(process.memoryUsage()));
  });
}
