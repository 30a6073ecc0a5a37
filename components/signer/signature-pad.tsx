'use client';

import { useEffect, useRef } from 'react';

/** A stroke as points in the pad's own units: x and y from 0 to 1, so it survives a resize. */
export type Stroke = [number, number][];

interface SignaturePadProps {
  strokes: Stroke[];
  onChange(strokes: Stroke[]): void;
  label: string;
}

function paint(canvas: HTMLCanvasElement, strokes: Stroke[], width: number, height: number) {
  const context = canvas.getContext('2d');
  if (!context) return;

  context.clearRect(0, 0, canvas.width, canvas.height);
  context.lineWidth = Math.max(2, width / 160);
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#0f172a';

  for (const stroke of strokes) {
    context.beginPath();
    stroke.forEach(([x, y], index) => {
      if (index === 0) context.moveTo(x * width, y * height);
      else context.lineTo(x * width, y * height);
    });
    if (stroke.length === 1) context.lineTo(stroke[0]![0] * width + 0.1, stroke[0]![1] * height);
    context.stroke();
  }
}

/** The strokes drawn on a white 3:1 PNG, as a data URL for the signing form. */
export function strokesToPng(strokes: Stroke[]): string {
  const canvas = document.createElement('canvas');
  canvas.width = 900;
  canvas.height = 300;
  paint(canvas, strokes, canvas.width, canvas.height);

  return canvas.toDataURL('image/png');
}

/**
 * A pad to draw a signature on with a finger, pen or mouse. Strokes are kept in the pad's own
 * units and painted again on every resize or rotation, so nothing drawn is lost.
 */
export function SignaturePad({ strokes, onChange, label }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<Stroke | null>(null);
  const strokesRef = useRef(strokes);

  useEffect(() => {
    strokesRef.current = strokes;

    const canvas = canvasRef.current;
    if (!canvas) return;

    const redraw = () => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(canvas.clientWidth * ratio);
      canvas.height = Math.round(canvas.clientHeight * ratio);
      paint(canvas, strokesRef.current, canvas.width, canvas.height);
    };

    redraw();
    const observer = new ResizeObserver(redraw);
    observer.observe(canvas);

    return () => observer.disconnect();
  }, [strokes]);

  function point(event: React.PointerEvent<HTMLCanvasElement>): [number, number] {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;

    return [Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, y))];
  }

  return (
    <canvas
      ref={canvasRef}
      role="img"
      aria-label={label}
      className="block aspect-[3/1] w-full cursor-crosshair rounded-lg border-2 border-dashed border-slate-400 bg-white dark:border-slate-500"
      style={{ touchAction: 'none' }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drawing.current = [point(event)];
        onChange([...strokesRef.current, drawing.current]);
      }}
      onPointerMove={(event) => {
        if (!drawing.current) return;

        drawing.current.push(point(event));
        onChange([...strokesRef.current.slice(0, -1), [...drawing.current]]);
      }}
      onPointerUp={() => {
        drawing.current = null;
      }}
      onPointerCancel={() => {
        drawing.current = null;
      }}
    />
  );
}
