import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { createApp } from '../src/bootstrap.js';
import { ACCESS_KEY } from '../src/common/access.decorators.js';
import { PUBLIC_KEY } from '../src/common/public.decorator.js';
import { loadConfig } from '../src/config/config.js';

/** Nest's GraphQL metadata keys (query/mutation handlers and field resolvers). */
const RESOLVER_KEYS = ['graphql:resolver_type', 'graphql:resolve_property'];

/**
 * Every resolver and route states who may call it (`@Public()`, `@Authenticated()` or
 * `@Roles(…)`), on the method or its class: one that states nothing fails this test — and the
 * guard refuses to run it anyway.
 */
describe('access rules', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = {
      ...loadConfig({ ...process.env, DATABASE_URL: '', LOG_LEVEL: 'error' }),
      demo: false,
    };
    app = await createApp({
      config,
      databaseUrl: 'postgres://offline@127.0.0.1:1/offline',
      offline: true,
    });
  });
  afterAll(() => app.close());

  it('are stated by every resolver method and every controller route', () => {
    const discovery = new DiscoveryService(app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const stated = (target: object): boolean =>
      Reflect.getMetadata(PUBLIC_KEY, target) !== undefined ||
      Reflect.getMetadata(ACCESS_KEY, target) !== undefined;
    const checked: string[] = [];
    const missing: string[] = [];
    const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
    for (const wrapper of wrappers) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!type || !wrapper.instance) continue;
      const isController = Reflect.getMetadata(PATH_METADATA, type) !== undefined;
      for (const name of scanner.getAllMethodNames(
        Object.getPrototypeOf(wrapper.instance) as object,
      )) {
        const method = (type.prototype as Record<string, unknown> | undefined)?.[name];
        if (typeof method !== 'function') continue;
        const handles = isController
          ? Reflect.getMetadata(PATH_METADATA, method) !== undefined
          : RESOLVER_KEYS.some((key) => Reflect.getMetadata(key, method) !== undefined);
        if (!handles) continue;
        checked.push(`${type.name}.${name}`);
        if (!stated(method) && !stated(type)) missing.push(`${type.name}.${name}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['AuthResolver.login', 'HealthController.check', 'NodeResolver.node']),
    );
    expect(missing).toEqual([]);
  });
});
