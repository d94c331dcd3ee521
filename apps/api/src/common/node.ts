import { Injectable } from '@nestjs/common';
import { Field, ID, InterfaceType } from '@nestjs/graphql';
import type { RequestContext } from './request-context.js';

/** Relay's Node: any object with a global id; `Query.node(id)` resolves any of them. */
@InterfaceType('Node', {
  description: 'An object with a global id: opaque, base64 of "Type:uuid".',
  resolveType: (value: object) => value.constructor,
})
export abstract class Node {
  @Field(() => ID)
  id: string;
}

export type NodeLoader = (uuid: string, context: RequestContext) => Promise<Node | null>;

/**
 * The registry of node types: each context registers how to load its types by id, so that
 * `Query.node` (and, later, every "target" of votes, arguments and reports) resolves any id
 * without importing the context that owns it.
 */
@Injectable()
export class NodeRegistry {
  private readonly loaders = new Map<string, NodeLoader>();

  register(type: string, loader: NodeLoader): void {
    if (this.loaders.has(type)) throw new Error(`Node type ${type} registered twice`);
    this.loaders.set(type, loader);
  }

  async load(type: string, uuid: string, context: RequestContext): Promise<Node | null> {
    const loader = this.loaders.get(type);
    return loader ? loader(uuid, context) : null;
  }
}

/** A node loader reading through a request's DataLoader `name` (ids of one type batched). */
export function batchedNodeLoader(
  name: string,
  batch: (uuids: readonly string[]) => Promise<(Node | null)[]>,
): NodeLoader {
  return (uuid, context) => context.loaders.load(name, batch, uuid);
}
