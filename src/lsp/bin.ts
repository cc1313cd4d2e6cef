/**
 * `proposal-lint-ls` (and `proposal-lint --stdio`): the language server on standard input
 * and output. The transports vscode-languageserver reads from the command line work too
 * (--node-ipc, --socket=N, --pipe=NAME); with none named, it is stdio.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const named = process.argv.slice(2).some((a) => /^--(?:stdio|node-ipc|socket=|pipe=)/.test(a));
const connection = named
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
// Whatever goes wrong is logged and the server goes on: the editor never loses its linter to one bad answer.
process.on('unhandledRejection', (e) => connection.console.error(`proposal-lint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection);
