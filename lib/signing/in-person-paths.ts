/** The addresses of an in-person session on the sender's device. */
export const inPersonPaths = {
  session: (packageId: string) => `/dashboard/packages/${encodeURIComponent(packageId)}/in-person`,
  confirm: (packageId: string) => `${inPersonPaths.session(packageId)}/confirm`,
  consent: (packageId: string) => `${inPersonPaths.session(packageId)}/consent`,
  document: (packageId: string, documentId: string) =>
    `${inPersonPaths.session(packageId)}/documents/${encodeURIComponent(documentId)}`,
};
