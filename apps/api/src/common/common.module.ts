import { Global, Module } from '@nestjs/common';
import { NodeRegistry } from './node.js';
import { NodeResolver } from './node.resolver.js';
import { RateLimiter } from './rate-limit.service.js';

@Global()
@Module({
  providers: [NodeRegistry, NodeResolver, RateLimiter],
  exports: [NodeRegistry, RateLimiter],
})
export class CommonModule {}
