#!/usr/bin/env node
// az-cancel-guide: the executable. The commands are in cli.mjs; this gives them the process's
// arguments, streams and working directory, and turns their result into the exit status.
import { readFileSync } from 'node:fs';
import { runCli } from './cli.mjs';

// `render … | head` closes the pipe early: the reader has what it wanted, so stop quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: { read: async () => readFileSync(0) },
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
