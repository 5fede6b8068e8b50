/**
 * `npm run newsroom-server -- [--port N] [--dir DIR]`: a CouchDB-compatible newsroom server for development,
 * tests and a one-command trial (pouchdb-server's parts; see scripts/newsroom/devServer.ts). Listens on
 * 127.0.0.1 only, prints its address and how to use its admin, stops on SIGTERM or Ctrl-C.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from './newsroom/devServer';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5984' }, dir: { type: 'string', default: '.newsroom-server' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}

// Refusals pouchdb-server leaves unhandled would otherwise end the process for every member at once.
process.on('unhandledRejection', (reason) => console.error('newsroom-server: unhandled refusal:', reason));

const server = await startDevServer({ port, dir: resolve(values.dir) });
console.log(`MIDAD_NEWSROOM_URL ${server.url}`);
console.log(`MIDAD_NEWSROOM_ADMIN_URL ${server.adminUrl}`);
console.log('Set it up, then add people:');
console.log(`  npm run -s midad -- server init ${server.adminUrl}/newsroom`);
console.log(
  `  echo 'their password' | npm run -s midad -- server add-user ${server.adminUrl}/newsroom NAME --role journalist --password-stdin`,
);
// Last, so whoever waits for this line (a person, the tests) has read the set-up lines too.
console.log(`Newsroom server on ${server.url} (data in ${resolve(values.dir)}); stop with Ctrl-C.`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
