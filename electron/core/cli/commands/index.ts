import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { registerDecodeCommand } from './decodeCommand';
import { registerEvalCommand } from './evalCommand';
import { registerDemoCommand } from './demoCommand';
import { registerExportRsnaCommand } from './exportRsnaCommand';
import { registerImportRsnaCommand } from './importRsnaCommand';
import { registerIndexCommand } from './indexCommand';
import { registerInferCommand } from './inferCommand';
import { registerModelsCommand } from './modelsCommand';
import { registerStatsCommand } from './statsCommand';

/** Every CLI command, one file each. Add a command: write its file, list it here. */
export const COMMANDS: readonly ((program: Command, ctx: CliContext) => void)[] = [
  registerIndexCommand,
  registerImportRsnaCommand,
  registerExportRsnaCommand,
  registerStatsCommand,
  registerDecodeCommand,
  registerInferCommand,
  registerEvalCommand,
  registerModelsCommand,
  registerDemoCommand,
];
