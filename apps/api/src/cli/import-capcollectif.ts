import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config.js';
import { PlanWriter } from '../consultations/services/plan-writer.service.js';
import { connectDatabase, DatabaseError } from '../database/connect.js';
import { dataSourceOptions } from '../database/data-source.js';
import { EventLog } from '../history/event-log.service.js';
import { ExportFormatError } from '../import/capcollectif-reader.js';
import { formatSummary } from '../import/import-summary.js';
import {
  CapCollectifImporter,
  ImportError,
  type ImportProgress,
} from '../import/services/capcollectif-importer.service.js';

const USAGE = `usage: npm run import:capcollectif -- <export.csv> [--consultation <slug>] [--batch-size <rows>] [--json]

Imports a Cap Collectif consultation export (\`;\`-separated CSV, one row per item) into the
database of \`npm start\` (DATABASE_URL, or the embedded server in AMENDO_DATA_DIR — stop Amendo
first). Running it again with the same file changes nothing.

  --consultation <slug>  slug of the consultation to create (default: the original one's)
  --batch-size <rows>    rows per transaction (default 1000)
  --json                 print the summary as JSON on stdout
`;

class UsageError extends Error {}

/** A progress bar on stderr; plain lines every 10 % when stderr is not a terminal. */
function progressReporter(stream: NodeJS.WriteStream): {
  update: (progress: ImportProgress) => void;
  stop: () => void;
} {
  const label = { read: 'reading  ', import: 'importing' } as const;
  let phase: ImportProgress['phase'] | undefined;
  if (!stream.isTTY) {
    let step = -1;
    return {
      update(progress) {
        if (progress.phase !== phase) {
          phase = progress.phase;
          step = -1;
        }
        const reached = Math.floor((progress.done / Math.max(progress.total, 1)) * 10);
        if (reached === step) return;
        step = reached;
        const rows =
          progress.phase === 'import' ? ` (${progress.done}/${progress.total} rows)` : '';
        stream.write(`amendo: ${label[progress.phase].trim()} ${reached * 10}%${rows}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'amendo: {label} [{bar}] {percentage}% {detail}',
      hideCursor: true,
      clearOnComplete: false,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const detail = (progress: ImportProgress): string =>
    progress.phase === 'import'
      ? `${progress.done}/${progress.total} rows`
      : `${Math.round(progress.done / 1024)}/${Math.round(progress.total / 1024)} KiB`;
  return {
    update(progress) {
      if (progress.phase !== phase) {
        if (phase) bar.stop();
        phase = progress.phase;
        bar.start(progress.total, progress.done, {
          label: label[progress.phase],
          detail: detail(progress),
        });
        return;
      }
      bar.update(progress.done, { detail: detail(progress) });
    },
    stop() {
      if (phase) bar.stop();
    },
  };
}

function options(): { file: string; consultation?: string; batchSize?: number; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        consultation: { type: 'string' },
        'batch-size': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'which file?' : 'one file at a time.');
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    throw new UsageError('--batch-size takes a positive whole number of rows.');
  }
  return {
    // npm runs scripts from the package's folder: a relative path is the caller's.
    file: resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] as string),
    consultation: values.consultation,
    batchSize,
    json: values.json,
  };
}

/**
 * `npm run import:capcollectif`: the same database rule as `npm start`. The importer is wired by
 * hand rather than by booting the API: no GraphQL schema to build, and no notification worker
 * processing the imported events from this short-lived process.
 */
async function main(): Promise<void> {
  const args = options();
  const config = loadConfig();
  const log = (message: string): boolean => process.stderr.write(`amendo: ${message}\n`);
  const database = await connectDatabase(config, log);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    const events = new EventLog(dataSource);
    const importer = new CapCollectifImporter(dataSource, new PlanWriter(events), events);
    const progress = progressReporter(process.stderr);
    let summary;
    try {
      summary = await importer.import(args.file, {
        consultationSlug: args.consultation,
        batchSize: args.batchSize,
        onProgress: progress.update,
      });
    } finally {
      progress.stop();
    }
    process.stdout.write(
      args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`amendo: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseError ||
    error instanceof ImportError ||
    error instanceof ExportFormatError;
  process.stderr.write(
    `amendo: ${known ? '' : 'import failed: '}${(error as Error).message ?? String(error)}\n`,
  );
  process.exit(1);
});
