/** How a notification names a contribution of its reader, in French, with its gender. */
export interface ContributionName {
  /** "votre amendement" */
  readonly yours: string;
  readonly feminine: boolean;
}

const NAMES: Record<string, ContributionName> = {
  Amendment: { yours: 'votre amendement', feminine: false },
  Proposal: { yours: 'votre proposition d’article', feminine: true },
  Argument: { yours: 'votre argument', feminine: false },
  Source: { yours: 'votre source', feminine: true },
};

export function contributionName(kind: string): ContributionName {
  return NAMES[kind] ?? { yours: 'votre contribution', feminine: true };
}

/** "masqué" / "masquée" after the contribution's name. */
export const agreed = (name: ContributionName, participle: string): string =>
  name.feminine ? `${participle}e` : participle;

export const capitalised = (value: string): string =>
  value.charAt(0).toUpperCase() + value.slice(1);
