/**
 * pdf.js's worker as a same-origin module file bundled by Vite (the CSP allows `worker-src
 * 'self'`, never `blob:`). Importing it starts its message handler on this worker's port.
 */
import 'pdfjs-dist/build/pdf.worker.min.mjs';
