/** One thing wrong with one field of one line of one file. */
export interface CsvProblem {
  readonly file: string;
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  readonly field: string | null;
  readonly message: string;
}

export function formatProblem(problem: CsvProblem): string {
  const field = problem.field ? `, field ${problem.field}` : '';
  return `${problem.file}:${problem.line}${field}: ${problem.message}`;
}

/** An import refused as a whole; `problems` lists everything found (up to a cap). */
export class CsvValidationError extends Error {
  constructor(readonly problems: readonly CsvProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`import refused, nothing was changed:\n${shown.join('\n')}${more}`);
    this.name = 'CsvValidationError';
  }
}

/** Collects problems; stops collecting past `limit` so a wholly wrong file does not flood memory. */
export class ProblemList {
  readonly problems: CsvProblem[] = [];
  constructor(private readonly limit = 1000) {}

  add(problem: CsvProblem): void {
    if (this.problems.length < this.limit) this.problems.push(problem);
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (!this.isEmpty) throw new CsvValidationError(this.problems);
  }
}
