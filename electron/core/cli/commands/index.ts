import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { registerDemoCommand } from './demoCommand';
import { registerExportRsnaCommand } from './exportRsnaCommand';
import { registerImportRsnaCommand } from './importRsnaCommand';
import { registerIndexCommand } from './indexCommand';
import { registerStatsCommand } from './statsCommand';

/** Every CLI command, one file each. Add a command: write its file, list it here. */
export const COMMANDS: readonly ((program: Command, ctx: CliContext) => void)[] = [
  registerIndexCommand,
  registerImportRsnaCommand,
  registerExportRsnaCommand,
  registerStatsCommand,
  registerDemoCommand,
];
