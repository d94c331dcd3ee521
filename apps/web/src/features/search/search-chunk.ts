// What the router loads on demand, as one chunk (with the search's words and styles).
export { SearchPage } from './search-page';
