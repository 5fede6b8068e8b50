/**
 * Once per `vitest run`, before any test file: the bridge bundled (helpers/bridgeBundle.ts), so that every
 * end-to-end and integration file starts the bridge from plain JavaScript instead of through tsx. The bundle's
 * path goes to the test workers in the environment; the folder is removed when the run ends.
 */
import { rmSync } from 'node:fs';
import { BRIDGE_BUNDLE_ENV, buildBridgeBundle } from './helpers/bridgeBundle';

export default function setup(): () => void {
  const { dir, file } = buildBridgeBundle(`bridge-${process.pid}`);
  process.env[BRIDGE_BUNDLE_ENV] = file;
  return () => {
    delete process.env[BRIDGE_BUNDLE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
