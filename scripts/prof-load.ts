import fs from 'node:fs';
import { measure } from './bench/load';
const { tokens } = JSON.parse(fs.readFileSync('/tmp/prof/data.json', 'utf8'));
const path = process.argv[2];
measure({ baseUrl: 'http://127.0.0.1:3710', connections: 50, duration: 10, warmup: 0 }, { nextPath: () => path === 'signer' ? `/sign/${tokens[Math.floor(Math.random() * tokens.length)]}` : '/bench-reference' }).then((f) => console.log(path, f));
