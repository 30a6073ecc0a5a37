import vm from 'node:vm';

/**
 * Loads the PDF.js legacy build for a Jest test, to be used as a module factory:
 * `jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost())`.
 *
 * PDF.js ships only as ES modules, and Jest (before Node 24.9) cannot load those without
 * `--experimental-vm-modules`: `import()`, `require()`, `module.createRequire()` and
 * `process.getBuiltinModule('module')` all go through Jest's own loader and fail. The host
 * realm's `process` still gives Node's real `createRequire`, whose `require` loads ES modules
 * on Node 20.19 and later. PDF.js then loads its fake worker with Node's own `import()` as well.
 */
export function requirePdfjsFromHost(): unknown {
  const hostProcess = vm.runInThisContext('process') as NodeJS.Process;
  const hostModule = hostProcess.getBuiltinModule('module') as typeof import('node:module');

  return hostModule.createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs');
}
