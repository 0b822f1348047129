// Worker thread of the language server's cold bank index: reads closed story files and derives
// their records (a grammar-free lint, then the records), so the main thread meanwhile reads the
// questions, indexes what comes back and keeps answering the editor.
import { parentPort } from 'node:worker_threads';
import { closedStoryRecords, type ClosedStoryRequest, type ClosedStoryResult } from './closed-stories';

parentPort?.on('message', (requests: readonly ClosedStoryRequest[]) => {
  void Promise.all(requests.map(closedStoryRecords)).then((results: ClosedStoryResult[]) => parentPort?.postMessage(results));
});
