import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.amendoTestServer;
  if (!server) return;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
