/** The API's limits (apps/api consultations/dto/validation.ts), checked here first to answer at once. */
export const limits = {
  consultationTitle: 200,
  summary: 10_000,
  sectionTitle: 200,
  articleTitle: 300,
  changelog: 2000,
  /** Characters (code points) of an article text. */
  articleText: 100_000,
} as const;
