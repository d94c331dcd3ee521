/**
 * Validates and normalises a source's address: http or https only (never `javascript:`, `data:`
 * …), a real host, no credentials; lower-case host, no default port, no fragment.
 * Returns the normalised URL, or a French reason.
 */
export function normaliseSourceUrl(raw: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return {
      problem:
        'L’adresse de la source n’est pas valide : elle doit commencer par https:// ou http://.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: 'Seules les adresses http:// et https:// sont acceptées comme sources.' };
  }
  if (url.username || url.password)
    return { problem: 'L’adresse ne doit pas contenir d’identifiant ni de mot de passe.' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return {
      problem:
        'L’adresse de la source doit contenir un nom de site complet (par exemple www.exemple.fr).',
    };
  }
  url.hash = '';
  return { url: url.toString() };
}
