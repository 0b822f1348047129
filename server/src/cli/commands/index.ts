// The registry of `story-coach` subcommands, in the order `story-coach --help` lists them.
import type { Command } from '../command';
import { bankCommand } from './bank';
import { checkCommand } from './check';
import { sheetCommand } from './sheet';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  bankCommand,
  sheetCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
