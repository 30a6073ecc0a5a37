'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';

interface PdfViewerProps {
  /** Where the PDF is served; also the download link. */
  src: string;
  title: string;
}

type ViewerState =
  | { kind: 'loading' }
  | { kind: 'ready'; document: PDFDocumentProxy; pageCount: number; aspect: number }
  | { kind: 'failed' };

/**
 * The document in the page, drawn with PDF.js one page at a time as it scrolls into view, so
 * a long document opens quickly and a phone keeps only the pages near the screen in memory.
 * Pinch zoom is the browser's own. When the PDF cannot be drawn, the download remains.
 */
export function PdfViewer({ src, title }: PdfViewerProps) {
  const [state, setState] = useState<ViewerState>({ kind: 'loading' });
  // Without scripts nothing is drawn here: the page then offers the download alone.
  const scripted = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;

    (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.mjs';

      const document = await pdfjs.getDocument({ url: src, isEvalSupported: false }).promise;
      loaded = document;
      const first = await document.getPage(1);
      const viewport = first.getViewport({ scale: 1 });

      if (!cancelled) {
        setState({
          kind: 'ready',
          document,
          pageCount: document.numPages,
          aspect: viewport.height / viewport.width,
        });
      }
    })().catch(() => {
      if (!cancelled) setState({ kind: 'failed' });
    });

    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [src]);

  return (
    <section aria-label={`${title}, the document`} className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {state.kind === 'loading' && scripted ? 'Opening the document…' : null}
          {state.kind === 'ready'
            ? `${state.pageCount} ${state.pageCount === 1 ? 'page' : 'pages'}`
            : null}
        </p>
        <a
          href={src}
          download
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download PDF
        </a>
      </div>

      {state.kind === 'failed' ? (
        <p
          role="alert"
          className="rounded-lg bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          This document cannot be shown on this page. Download it to read it in your PDF reader.
        </p>
      ) : null}

      {state.kind === 'ready' ? (
        <ol className="space-y-3">
          {Array.from({ length: state.pageCount }, (_, index) => (
            <PdfPage
              key={index}
              document={state.document}
              pageNumber={index + 1}
              aspect={state.aspect}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

interface PdfPageProps {
  document: PDFDocumentProxy;
  pageNumber: number;
  aspect: number;
}

/** One page: a placeholder of the right shape until it comes near the screen. */
function PdfPage({ document, pageNumber, aspect }: PdfPageProps) {
  const holder = useRef<HTMLLIElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [shape, setShape] = useState(aspect);

  useEffect(() => {
    const element = holder.current;
    const target = canvas.current;
    if (!element || !target) return;

    let task: { cancel(): void; promise: Promise<void> } | null = null;

    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) {
          // Pages far from the screen give their memory back.
          task?.cancel();
          task = null;
          target.width = 0;
          target.height = 0;

          return;
        }

        if (task) return;

        void document.getPage(pageNumber).then((page) => {
          const base = page.getViewport({ scale: 1 });
          const ratio = Math.min(window.devicePixelRatio || 1, 2);
          const scale = (element.clientWidth / base.width) * ratio;
          const viewport = page.getViewport({ scale });

          setShape(base.height / base.width);
          target.width = Math.floor(viewport.width);
          target.height = Math.floor(viewport.height);
          task = page.render({ canvas: target, viewport });
          task.promise.catch(() => undefined);
        });
      },
      { rootMargin: '200% 0px' },
    );

    observer.observe(element);

    return () => {
      observer.disconnect();
      task?.cancel();
    };
  }, [document, pageNumber]);

  return (
    <li
      ref={holder}
      className="overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm dark:border-slate-800"
      style={{ aspectRatio: `1 / ${shape}` }}
    >
      <canvas
        ref={canvas}
        className="block h-full w-full"
        role="img"
        aria-label={`Page ${pageNumber}`}
      />
    </li>
  );
}
