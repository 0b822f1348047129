// Temporary wiring until the CLI has one module per command.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigLocator, loadConfigFile } from '../config-file';
import { UsageError } from '../args';
import { rehearse, RehearseError } from './run';

export async function rehearseCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { story: { type: 'string' }, config: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.positionals.length !== 1) throw new UsageError('rehearse needs exactly one FILE: story-coach rehearse FILE [--story TITLE]');
  const file = parsed.positionals[0];
  const config = parsed.values.config ?? new ConfigLocator().nearest(path.dirname(path.resolve(file)));
  const options = config ? loadConfigFile(config) : null;
  try {
    return await rehearse({
      file,
      story: parsed.values.story ?? null,
      root: config ? path.dirname(path.resolve(config)) : process.cwd(),
      wordsPerMinute: options?.wordsPerMinute ?? 150,
      interviewDate: null,
    });
  } catch (error) {
    if (error instanceof RehearseError) throw new UsageError(error.message);
    throw error;
  }
}
