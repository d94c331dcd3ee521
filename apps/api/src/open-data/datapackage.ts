import { type Dataset, DATASETS, type Field, type Format } from './datasets.js';

/** Licence Ouverte / Open Licence 2.0 (Etalab), the licence of French public data. */
export const LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const MEDIA_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

export interface ConsultationSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
}

interface SchemaField {
  name: string;
  type: Field['type'];
  format?: string;
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

function schemaField(field: Field): SchemaField {
  const constraints = {
    ...(field.required ? { required: true } : {}),
    ...(field.enum ? { enum: field.enum } : {}),
    ...(field.pattern ? { pattern: field.pattern } : {}),
  };
  return {
    name: field.name,
    type: field.type,
    ...(field.format ? { format: field.format } : {}),
    description: field.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A dataset's Table Schema (the same for both of its files). */
export function tableSchema(dataset: Dataset): Record<string, unknown> {
  return {
    fields: dataset.fields.map(schemaField),
    primaryKey: dataset.primaryKey,
    ...(dataset.foreignKeys ? { foreignKeys: dataset.foreignKeys } : {}),
    missingValues: [''],
  };
}

/** The file name of a dataset in a format, relative to `datapackage.json`. */
export const fileName = (dataset: Dataset, format: Format): string => `${dataset.name}.${format}`;

function resource(dataset: Dataset, format: Format): Record<string, unknown> {
  const common = {
    path: fileName(dataset, format),
    title: `${dataset.title} (${format.toUpperCase()})`,
    description: dataset.description,
    format,
    mediatype: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
    encoding: 'utf-8',
    licenses: [LICENCE],
    schema: tableSchema(dataset),
  };
  return format === 'csv'
    ? {
        name: dataset.name,
        profile: 'tabular-data-resource',
        ...common,
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
      }
    : { name: `${dataset.name}-ndjson`, profile: 'data-resource', ...common };
}

/**
 * The Frictionless Data Package of a consultation: every dataset as CSV (a tabular data
 * resource) and as NDJSON (one JSON object per line, same schema), paths relative to this
 * descriptor so the package can be mirrored anywhere.
 */
export function dataPackage(consultation: ConsultationSummary): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: `amendo-${consultation.slug}`,
    title: consultation.title,
    description:
      consultation.summary ||
      `Données de la consultation « ${consultation.title} » sur Amendo : articles, amendements, votes, arguments, réponses et journal de modération.`,
    keywords: ['consultation', 'participation', 'amendements', 'open data', 'amendo'],
    licenses: [LICENCE],
    created: new Date().toISOString(),
    resources: DATASETS.flatMap((dataset) =>
      (['csv', 'ndjson'] as const).map((format) => resource(dataset, format)),
    ),
  };
}
