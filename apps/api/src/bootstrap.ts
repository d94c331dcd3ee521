import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module.js';

const API_PATHS = /^\/(graphql|healthz|open-data|account)(\/|$)/;

/** Serves the built web app at `/`, with the single-page fallback to index.html. */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    '/assets',
    express.static(join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Creates the Nest application (not listening): used by `main`, the tests and the schema printer. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // Per-IP limits need the client's address: X-Forwarded-For is trusted only behind a proxy.
  app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '512kb' });
  app.useGlobalPipes(
    new ValidationPipe({ transform: true, forbidUnknownValues: false, stopAtFirstError: false }),
  );
  serveWebApp(app, options.config.webDistDir);
  await app.init();
  // Last resort, after every route: whatever escaped is logged, and the client gets no stack trace.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    app.get(Logger).error(error);
    res.status(500).json({
      errors: [
        {
          message: 'Une erreur interne est survenue.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });
  return app;
}
