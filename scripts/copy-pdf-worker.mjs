// Copies PDF.js's worker next to the app's static files, where the document viewer loads it.
import fs from 'node:fs';
import path from 'node:path';

const source = path.resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs');
const target = path.resolve('public/pdfjs/pdf.worker.min.mjs');

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
