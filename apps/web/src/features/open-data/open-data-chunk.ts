// What the router loads on demand, as one chunk (with open data's words and styles).
export { OpenDataPage } from './open-data-page';
export { ArticleTimelinePage } from './article-timeline-page';
