import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';
import { NodeRegistry } from './node.js';
import { NodeResolver } from './node.resolver.js';
import { RateLimiter } from './rate-limit.service.js';
import { TargetRegistry } from './target-registry.js';
import { Visibility } from './visibility.js';

@Global()
@Module({
  providers: [Clock, NodeRegistry, TargetRegistry, Visibility, NodeResolver, RateLimiter],
  exports: [Clock, NodeRegistry, TargetRegistry, Visibility, RateLimiter],
})
export class CommonModule {}
