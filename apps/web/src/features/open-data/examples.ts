// Example queries of the public API, shown on the open data page and opened in the explorer.

/** The query the explorer opens with: a consultation's plan. */
export function consultationExample(slug: string): string {
  return `query Consultation {
  consultation(slug: ${JSON.stringify(slug)}) {
    title
    summary
    phase
    sections {
      id
      title
      articles {
        id
        number
        title
      }
    }
  }
}`;
}

/** The amendments of an article and their votes. */
export const amendmentsExample = `query ArticleAmendments {
  article(id: "ARTICLE_ID") {
    number
    title
    amendments(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          rationale
          votes {
            agree
            mixed
            disagree
            total
          }
        }
      }
    }
  }
}`;
