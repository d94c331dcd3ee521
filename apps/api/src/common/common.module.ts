import { Global, Module } from '@nestjs/common';
import { NodeRegistry } from './node.js';
import { NodeResolver } from './node.resolver.js';
import { RateLimiter } from './rate-limit.service.js';
import { TargetRegistry } from './target-registry.js';

@Global()
@Module({
  providers: [NodeRegistry, TargetRegistry, NodeResolver, RateLimiter],
  exports: [NodeRegistry, TargetRegistry, RateLimiter],
})
export class CommonModule {}
