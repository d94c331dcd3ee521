import { createReadStream } from 'node:fs';
import { type CsvError, parse } from 'csv-parse';
import { ExportColumns } from './capcollectif-layout.js';
import { type MappedRow, mapRow, type RowProblem } from './capcollectif-rows.js';

/** The file is not a Cap Collectif export at all (as opposed to a bad row in one). */
export class ExportFormatError extends Error {
  override readonly name = 'ExportFormatError';
}

export interface ReadRow {
  readonly mapped: MappedRow;
  /** Bytes of the file read so far (for a progress bar). */
  readonly bytes: number;
}

/**
 * Streams the rows of a Cap Collectif export (`;`-separated, a header row, one item per row
 * with a `type` column), each mapped to an item or a problem with its line number. Ragged rows
 * are expected; quotes inside unquoted fields are taken literally; a record the CSV parser
 * cannot read comes out as a `malformed-csv` problem and the reading goes on.
 */
export async function* readExport(path: string): AsyncGenerator<ReadRow> {
  const skipped: RowProblem[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      delimiter: ';',
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: CsvError | undefined) => {
        skipped.push({
          line: Number((error as { lines?: number } | undefined)?.lines ?? 0),
          type: '?',
          reason: 'malformed-csv',
          message: error?.message.split('\n')[0]?.slice(0, 200) ?? 'unreadable record',
        });
      },
    }),
  );
  let columns: ExportColumns | undefined;
  let lastLine = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; bytes: number };
  }>) {
    // Records the parser skipped before this one (it may already have skipped later ones).
    while (skipped[0] && skipped[0].line < info.lines) {
      const problem = skipped.shift() as RowProblem;
      lastLine = Math.max(lastLine, problem.line);
      yield { mapped: { problem }, bytes: info.bytes };
    }
    const line = lastLine + 1;
    lastLine = info.lines;
    if (!columns) {
      columns = new ExportColumns(record);
      if (!columns.has('type')) {
        throw new ExportFormatError(
          'the first row is not the header of a Cap Collectif export (no `type` column); is the file `;`-separated?',
        );
      }
      continue;
    }
    if (record.every((field) => field.trim() === '')) continue;
    yield { mapped: mapRow(columns, record, line), bytes: info.bytes };
  }
  for (const problem of skipped.splice(0)) yield { mapped: { problem }, bytes: 0 };
  if (!columns) throw new ExportFormatError('the file is empty.');
}
