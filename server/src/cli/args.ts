export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly fix: boolean;
  readonly config: string | null;
  readonly quiet: boolean;
}

export type ParsedArgs =
  | { readonly command: 'check'; readonly args: CheckArgs }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: story-coach check [PATH...] [--format text|json|sarif] [--fix] [--config FILE] [--quiet]

Checks .story files (folders are searched recursively, skipping node_modules and dot-folders;
no PATH means the current folder).

Options:
  --format FORMAT  text (default), json or sarif
  --fix            apply every safe fix in place (each file written atomically)
  --config FILE    settings file (default: the nearest .storycoach.json upwards)
  --quiet          report errors only
  -h, --help       show this help
  -v, --version    show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, unreadable path or invalid configuration.`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'check') throw new UsageError(`unknown command "${argv[0]}"; try "story-coach check"`);

  const paths: string[] = [];
  let format: OutputFormat = 'text';
  let fix = false;
  let config: string | null = null;
  let quiet = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--format': {
        const chosen = value();
        if (!(FORMATS as readonly string[]).includes(chosen)) throw new UsageError(`--format must be text, json or sarif, not "${chosen}"`);
        format = chosen as OutputFormat;
        break;
      }
      case '--fix':
        fix = true;
        break;
      case '--config':
        config = value();
        break;
      case '--quiet':
        quiet = true;
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      case '--':
        paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
        paths.push(arg);
    }
  }
  return { command: 'check', args: { paths: paths.length > 0 ? paths : ['.'], format, fix, config, quiet } };
}
