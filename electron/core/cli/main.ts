import { Command, CommanderError } from 'commander';
import { CliContext, type GlobalOptions } from './CliContext';
import { COMMANDS } from './commands';

/**
 * `spine-review <command>`: the command-line interface over the same core the app uses.
 * Every command ends its output with one JSON line; failures go to stderr with exit code 1.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command('spine-review')
    .description('Spine Review: lumbar spine MRI review workstation, command-line interface')
    .option('--db <file>', "workspace database (default: $SPINE_REVIEW_DB, else the app's default location)")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const ctx = new CliContext(() => program.opts<GlobalOptions>());
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`spine-review: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    ctx.close();
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  process.exitCode = await runCli(process.argv.slice(2));
}
