import { runCommand } from './cli.js';
import { restore } from './restore.js';

runCommand(() => restore(process.argv.slice(2)));
