// One subcommand of `story-coach`: its options (node:util parseArgs), its help, and what it runs.
// A new command is one module under commands/ plus one line in commands/index.ts.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The parsed values of a command's options: a string (or strings, with `multiple`) or a boolean each. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
};

export interface CommandArgs<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
}

export interface CommandContext {
  /** The package version, for reports that name the tool. */
  readonly version: string;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** The usage line after "story-coach ", e.g. `check [PATH...] [--format text|json|sarif]`. */
  readonly synopsis: string;
  /** One line for the command list of `story-coach --help`. */
  readonly summary: string;
  /** What `story-coach NAME --help` prints after the usage line: description, options, exit status. */
  readonly help: string;
  /** parseArgs options; `--help`/`-h` is added to every command. */
  readonly options: O;
  /** Runs the command; resolves with the exit status. Throw a CliError for a one-line failure (exit 2). */
  run(args: CommandArgs<O>, context: CommandContext): Promise<number>;
}

/** Keeps a command's option types while it goes into the registry's list. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}

/** A problem reported as one line on stderr, with exit status 2 (bad usage, unreadable path, …). */
export class CliError extends Error {}

export class UsageError extends CliError {}

const HELP_OPTION: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

export type ParsedInvocation = { readonly help: true } | { readonly help: false; readonly args: CommandArgs<OptionSpecs> };

/** Parses a command's arguments (after its name) strictly, with error messages a writer can act on. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedInvocation {
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...command.options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  if (parsed.values.help === true) return { help: true };
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') throw new UsageError(`--${name} needs a value`);
  }
  const { help: _help, ...values } = parsed.values;
  return { help: false, args: { values: values as OptionValues<OptionSpecs>, positionals: parsed.positionals } };
}

/** Rewords node:util's parse errors ("Unknown option '--bogus'…") as one line. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take an argument/.test(message) ? `${option} does not take a value` : `${option} needs a value`;
  }
  return message.split('\n')[0];
}

export function commandUsage(command: Command): string {
  return `Usage: story-coach ${command.synopsis}\n\n${command.help}`;
}
