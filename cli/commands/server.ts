import { parseArgs } from 'node:util';
import {
  addUser,
  checkNewsroom,
  describeRules,
  initNewsroom,
  isRole,
  ServerAdminError,
} from '../../db/sync/serverAdmin';
import { ServerHttpError } from '../../db/sync/serverHttp';
import { ROLES } from '../../core/settings/schema';
import type { CliIO } from './command';
import type { Command } from './command';
import { UsageError } from '../usageError';

const HELP = [
  'Usage: midad server init URL',
  '       midad server add-user URL NAME --role ROLE [--password-stdin]',
  '       midad server check URL',
  '',
  'URL is the newsroom database with the server admin, e.g. http://admin:PASSWORD@127.0.0.1:5984/newsroom.',
  'init creates the database (and _users when missing), sets _security so only newsroom members (the roles',
  `${ROLES.join(', ')}) get in, and installs the design document whose validate_doc_update enforces the`,
  'workflow. Running it again changes only what differs, and says whether the rules changed (run it after',
  "upgrading Midad; it refuses to put older rules over a newer Midad's).",
  'check reads the design document (as any newsroom member or the admin: give one in URL) and says whether the',
  "server's rules are this Midad's: exit 0 when they are, 1 when they are older, newer, missing or unreadable.",
  'add-user adds a person with one role, the password read from the first line of standard input (never from',
  'the command line). For an existing person it sets the role, and the password only with --password-stdin',
  '(a new password signs them out everywhere; a role alone does not).',
].join('\n');

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const [action, url, name, ...extra] = positionals;
  if (!url) throw new UsageError('give the database URL; see midad server --help');
  if (action === 'init') {
    if (name || extra.length) throw new UsageError('init takes only the URL');
    for (const line of await initNewsroom(url)) io.out(line);
    return 0;
  }
  if (action === 'check') {
    if (name || extra.length) throw new UsageError('check takes only the URL');
    const rules = await checkNewsroom(url);
    io.out(describeRules(rules));
    return rules.state === 'current' ? 0 : 1;
  }
  if (action === 'add-user') {
    if (!name || extra.length) throw new UsageError('add-user takes the URL and one user name');
    const role = values.role ?? '';
    if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    io.out(await addUser(url, name, role, values['password-stdin'] ? await readStdinLine() : null));
    return 0;
  }
  throw new UsageError('the actions are init, add-user and check; see midad server --help');
}

export const serverCommand: Command = {
  summary: 'set up a newsroom database on CouchDB (init), add its people (add-user), check its rules (check)',
  help: HELP,
  // The newsroom server, not the archive: nothing local is opened.
  async runOnPath(_archivePath, args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof ServerAdminError || error instanceof ServerHttpError) {
        io.err(`midad server: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};
