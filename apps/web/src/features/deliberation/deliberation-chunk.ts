// What the article page and the router load on demand, as one chunk (with the debate's words
// and styles): nothing of it weighs on a page's first load.
export { ArticleDeliberationSection } from './article-deliberation-section';
export { RankingPage } from './ranking-page';
