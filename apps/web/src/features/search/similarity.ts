const maxWords = 12;
const maxLength = 200;

/**
 * The words worth comparing in what is being typed — 4 letters or more, each once, the first
 * twelve — as a search query (matched with `match: ANY`); '' when there is nothing to compare.
 */
export function similarityQuery(text: string): string {
  const words = text.toLocaleLowerCase('fr').match(/[\p{L}\p{M}\p{Nd}]{4,}/gu) ?? [];
  let query = '';
  for (const word of new Set(words)) {
    const next = query ? `${query} ${word}` : word;
    if (next.length > maxLength || next.split(' ').length > maxWords) break;
    query = next;
  }
  return query;
}
