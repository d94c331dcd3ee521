import { Module } from '@nestjs/common';
import { SearchResolver } from './resolvers/search.resolver.js';
import { SearchService } from './services/search.service.js';

/** Full-text search of a consultation (PostgreSQL, French stemming, accent-insensitive). */
@Module({
  providers: [SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
