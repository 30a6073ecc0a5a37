/** The addresses of a signer's pages, built in one place. */
export const signerPaths = {
  overview: (token: string, query = '') => `/sign/${encodeURIComponent(token)}${query}`,
  document: (token: string, documentId: string, query = '') =>
    `/sign/${encodeURIComponent(token)}/documents/${encodeURIComponent(documentId)}${query}`,
  decline: (token: string, query = '') => `/sign/${encodeURIComponent(token)}/decline${query}`,
};
