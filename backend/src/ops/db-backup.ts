import { backup } from './backup.js';
import { runCommand } from './cli.js';

runCommand(() => backup(process.argv.slice(2)));
