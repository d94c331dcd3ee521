import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  type DynamicModule,
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { AmendmentsModule } from './amendments/amendments.module.js';
import { ApiRateLimitMiddleware } from './common/api-rate-limit.middleware.js';
import { Clock } from './common/clock.js';
import { CommonModule } from './common/common.module.js';
import { DataVersion } from './common/data-version.js';
import { HttpCacheMiddleware } from './common/http-cache.middleware.js';
import { formatError } from './common/format-error.js';
import { armor, armorPlugins, costLimitPlugin } from './common/query-limits.js';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter.js';
import { RequestLoaders } from './common/loaders.js';
import type { RequestContext } from './common/request-context.js';
import { ResponseCache } from './common/response-cache.js';
import { ResponseCacheMiddleware } from './common/response-cache.middleware.js';
import type { AmendoConfig } from './config/config.js';
import { AMENDO_CONFIG } from './config/config.token.js';
import { ConsultationsModule } from './consultations/consultations.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthController } from './health/health.controller.js';
import { HistoryModule } from './history/history.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { ImportModule } from './import/import.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OpenDataModule } from './open-data/open-data.module.js';
import { ResponsesModule } from './responses/responses.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { SearchModule } from './search/search.module.js';
import { WorkshopsModule } from './workshops/workshops.module.js';

export interface AppOptions {
  readonly config: AmendoConfig;
  readonly databaseUrl: string;
  /** Build the module graph without connecting (used to print the schema). */
  readonly offline?: boolean;
}

const graphqlLogger = new Logger('GraphQL');

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ApiRateLimitMiddleware).forRoutes('graphql', 'open-data/*path', 'account/*path');
    consumer.apply(HttpCacheMiddleware, ResponseCacheMiddleware).forRoutes('graphql');
  }

  static forRoot(options: AppOptions): DynamicModule {
    const { config } = options;
    // Bumped by every write of this process and, through NOTIFY, of the other replicas.
    const dataVersion = new DataVersion(options.offline ? undefined : options.databaseUrl);
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Request lines are logged at `info`: above it (warn, error…) nothing is written per
            // request, so nothing is spent on them either.
            autoLogging: ['trace', 'debug', 'info'].includes(config.logLevel)
              ? { ignore: (req) => req.url === '/healthz' }
              : false,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            quietReqLogger: true,
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl),
          manualInitialization: options.offline ?? false,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ResponseCache],
          useFactory: (responseCache: ResponseCache): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            graphiql: false,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            // Limits of the public API: depth, aliases, directives, tokens (graphql-armor) and cost.
            validationRules: armor.validationRules,
            plugins: [
              ...armorPlugins,
              costLimitPlugin,
              // Our middleware sets Cache-Control (public for anonymous GET queries).
              ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
              ...(config.responseCache ? [responseCache.plugin()] : []),
            ],
            allowBatchedHttpRequests: false,
            // Cookie-authenticated mutations carry our CSRF token (see the access guard), mutations
            // never run over GET and POST bodies must be JSON: plain GET queries stay cacheable.
            csrfPrevention: false,
            context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
              req,
              res,
              loaders: new RequestLoaders(),
            }),
            formatError: (formatted, error) =>
              formatError(formatted, error, (cause) => graphqlLogger.error(cause)),
          }),
        }),
        CommonModule,
        HistoryModule,
        IdentityModule,
        ConsultationsModule,
        AmendmentsModule,
        ModerationModule,
        ImportModule,
        NotificationsModule,
        ResponsesModule,
        OpenDataModule,
        SearchModule,
        WorkshopsModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: AMENDO_CONFIG, useValue: config },
        { provide: DataVersion, useValue: dataVersion },
        {
          provide: ResponseCache,
          inject: [Clock],
          useFactory: (clock: Clock) => new ResponseCache(dataVersion, clock),
        },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
      exports: [AMENDO_CONFIG, DataVersion, ResponseCache],
    };
  }
}
