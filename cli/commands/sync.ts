import { parseArgs } from 'node:util';
import { MidadError } from '../../core/api/errors';
import { createSyncEngine, type SyncState } from '../../db/sync/engine';
import { parseDatabaseUrl } from '../../db/sync/couch';
import { describeRules } from '../../db/sync/serverAdmin';
import type { Command } from './command';
import { UsageError } from '../usageError';

const HELP = [
  'Usage: midad sync URL [--once] [--user NAME --password-stdin]',
  '',
  'Sends this archive’s changes to the newsroom database at URL and brings back everyone else’s',
  '(docs/sync.md). URL is the database, with the user’s credentials (http://name:password@host:5984/newsroom)',
  'or with --user NAME and the password on standard input.',
  '--once: one round until both sides agree, then prints "pulled N, pushed M, conflicts K" and exits 0',
  '(1 when the server refused some changes; they stay here). Without it, keeps syncing until stopped.',
  "When the server's rules are not this Midad's (older, newer, missing), it says so on standard error and",
  'syncs all the same: the server enforces its own rules (see midad server check).',
].join('\n');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

export const syncCommand: Command = {
  summary: 'sync with the newsroom server (CouchDB)',
  help: HELP,
  async run(archive, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        once: { type: 'boolean', default: false },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
    });
    const url = positionals[0];
    if (!url || positionals.length > 1) throw new UsageError('give exactly one database URL');
    let parsed: ReturnType<typeof parseDatabaseUrl>;
    try {
      parsed = parseDatabaseUrl(url);
    } catch {
      throw new UsageError(`"${url}" is not a URL`);
    }
    const user = values.user ?? parsed.user;
    const password = values['password-stdin'] ? await readStdin() : parsed.password;
    if (!user || !password)
      throw new UsageError('give the user in the URL (http://name:password@host/db) or --user NAME --password-stdin');
    const engine = createSyncEngine(archive, { databaseUrl: parsed.remote, auth: { user, password } });
    if (values.once) {
      const result = await engine.runOnce();
      io.out(`pulled ${result.pulled}, pushed ${result.pushed}, conflicts ${result.conflicts}`);
      if (result.restarted)
        io.err(
          'midad sync: the newsroom database had been restored from a backup or made again; it was read from the start and sent what it lacked of this archive',
        );
      // Said, not failed: sync went on, and the server enforced its own rules.
      const rules = engine.state().serverRules;
      if (rules && rules.state !== 'current') io.err(`midad sync: the server's ${describeRules(rules)}`);
      if (result.skipped > 0)
        io.err(`midad sync: skipped ${result.skipped} documents of a shape Midad does not accept`);
      if (!result.converged) {
        const refused = new MidadError(
          'sync_refused',
          `The newsroom server refused ${result.refused} of your changes; they are kept here and were not sent.`,
          { count: result.refused },
        );
        io.err(`midad sync: ${refused.message}`);
        return 1;
      }
      return 0;
    }
    return live(engine, io);
  },
};

/** Runs until SIGINT or SIGTERM, printing each change of state on one line. */
function live(engine: ReturnType<typeof createSyncEngine>, io: { out: (t: string) => void }): Promise<number> {
  let last = '';
  engine.onState((s: SyncState) => {
    const restored = s.serverRestoredAt ? `, database restored or made again (read from the start)` : '';
    const rules =
      s.serverRules && s.serverRules.state !== 'current' ? `; the server's ${describeRules(s.serverRules)}` : '';
    const line = `${s.phase}${s.error ? ` (${s.error.code})` : ''}, pending ${s.pending}${restored}${rules}`;
    if (line !== last) io.out(line);
    last = line;
  });
  engine.startLive();
  return new Promise((done) => {
    const stop = () => {
      void engine.stop().then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
