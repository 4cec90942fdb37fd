import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { registerAgreementCommand } from './agreementCommand';
import { registerBaselineCommand } from './baselineCommand';
import { registerBiasCommand } from './biasCommand';
import { registerDecodeCommand } from './decodeCommand';
import { registerEvalCommand } from './evalCommand';
import { registerDemoCommand } from './demoCommand';
import { registerExportCropsCommand } from './exportCropsCommand';
import { registerExportRsnaCommand } from './exportRsnaCommand';
import { registerExportYoloCommand } from './exportYoloCommand';
import { registerImportRsnaCommand } from './importRsnaCommand';
import { registerIndexCommand } from './indexCommand';
import { registerInferCommand } from './inferCommand';
import { registerModelsCommand } from './modelsCommand';
import { registerQualityCommand } from './qualityCommand';
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
  registerExportYoloCommand,
  registerExportCropsCommand,
  registerQualityCommand,
  registerBaselineCommand,
  registerAgreementCommand,
  registerBiasCommand,
];
