import { ArgsType, Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Node } from '../../common/node.js';
import { Connection, PageArgs } from '../../common/pagination.js';
import { Article } from '../../consultations/dto/article.type.js';

export const SEARCH_KINDS = ['ARTICLE', 'AMENDMENT', 'PROPOSAL', 'ARGUMENT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKind = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, kind])) as {
  [K in SearchKind]: K;
};
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search result is.',
  valuesMap: {
    ARTICLE: { description: 'The text of an article (its current or a past version).' },
    AMENDMENT: { description: 'An amendment (proposed text and rationale).' },
    PROPOSAL: { description: 'A proposed new article (title, text and rationale).' },
    ARGUMENT: { description: 'An argument for or against.' },
  },
});

export const SEARCH_MATCHES = ['ALL', 'ANY'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];
export const SearchMatch = { ALL: 'ALL', ANY: 'ANY' } as const;
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'Whether every term of a query must match, or any one of them.',
  valuesMap: {
    ALL: { description: 'Every word, phrase and prefix (the default).' },
    ANY: { description: 'Any one of them, best matches first (to find similar contributions).' },
  },
});

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'The consultation searched.' })
  @IsString()
  @MaxLength(200)
  consultationSlug: string;

  @Field({
    description:
      'What to look for (200 characters at most): every word must match, in any inflection and without regard to accents; "quoted words" are an exact phrase; `numériq*` matches the words that begin so. Other symbols are ignored.',
  })
  @IsString()
  query: string;

  @Field(() => [SearchKind], {
    nullable: true,
    description: 'Only these kinds of results (all kinds when absent or empty).',
  })
  @IsOptional()
  @ArrayMaxSize(SEARCH_KINDS.length)
  @IsIn(SEARCH_KINDS, { each: true })
  kinds?: SearchKind[];

  @Field(() => SearchMatch, {
    nullable: true,
    defaultValue: 'ALL',
    description: 'Every term must match (ALL, the default) or any one of them (ANY).',
  })
  @IsOptional()
  @IsIn(SEARCH_MATCHES)
  match?: SearchMatch;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only what belongs to this article: its versions, its amendments and the arguments about them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  articleId?: string;
}

@ObjectType({ description: 'A piece of an excerpt: the words that matched are `highlighted`.' })
export class SearchExcerptPart {
  @Field()
  text: string;

  @Field()
  highlighted: boolean;
}

@ObjectType({ description: 'A contribution or an article version that matches a search.' })
export class SearchResult {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => Node, {
    description: 'What matched: an ArticleVersion, an Amendment, a Proposal or an Argument.',
  })
  node: Node;

  @Field(() => Article, {
    nullable: true,
    description: 'The article it belongs to (none for a proposal).',
  })
  article: Article | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its own title: the article’s or the proposal’s (none for the other kinds).',
  })
  title: string | null;

  @Field(() => Float, { description: 'Relevance: higher is better (results come best first).' })
  rank: number;

  @Field(() => [SearchExcerptPart], {
    description: 'An excerpt around the words that matched, in parts (no HTML).',
  })
  excerpt: SearchExcerptPart[];

  /** For the resolvers: the row behind the result. */
  uuid: string;
  articleUuid: string | null;
}

@ObjectType()
export class SearchResultConnection extends Connection(SearchResult) {}
