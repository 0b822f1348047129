// `story-coach`: the command line over the engine (story-format spec §6, story-bank spec §6).
import { ConfigError } from '../config';
import { CliError, commandUsage, parseCommandArgs, UsageError } from './command';
import { COMMANDS, findCommand } from './commands';

const VERSION = process.env.STORY_COACH_VERSION ?? '0.1.0';

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const [first, ...rest] = COMMANDS;
  return `Usage: story-coach ${first.synopsis}
${rest.map((command) => `       story-coach ${command.synopsis}\n`).join('')}       story-coach COMMAND --help | --help | --version

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  -h, --help     show this help (after a command: that command's options)
  -v, --version  show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, unreadable path or invalid configuration.`;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help') return print(usage());
    if (name === '-v' || name === '--version') return print(VERSION);
    if (name === 'help') {
      const command = rest[0] === undefined ? undefined : findCommand(rest[0]);
      if (rest[0] !== undefined && !command) throw unknownCommand(rest[0]);
      return print(command ? commandUsage(command) : usage());
    }
    const command = findCommand(name);
    if (!command) throw name.startsWith('-') ? new UsageError(`unknown option "${name}"; options go after the command, as in "story-coach check ${name}"`) : unknownCommand(name);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) return print(commandUsage(command));
    return await command.run(parsed.args, { version: VERSION });
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      process.stderr.write(`story-coach: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`story-coach: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

function unknownCommand(name: string): UsageError {
  return new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((command) => command.name).join(', ')} (see "story-coach --help")`);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
