import localFont from 'next/font/local';

/**
 * The handwriting-style face a typed signature is shown in, the same one stamped into the PDF.
 * Characters it lacks fall back to the device's fonts, so no name shows as empty boxes.
 */
export const handwritingFont = localFont({
  src: '../../node_modules/@expo-google-fonts/playpen-sans/400Regular/PlaypenSans_400Regular.ttf',
  display: 'swap',
  preload: false,
  fallback: ['cursive', 'system-ui', 'sans-serif'],
});
