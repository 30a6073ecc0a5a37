import type { z } from 'zod';

import { ZListPackagesRequest } from '../schemas/list-packages-input';
import {
  ZAddPackageRequest,
  ZDeletePackageRequest,
  ZExtendPackageRequest,
  ZPackageIdRequest,
  ZRescindPackageRequest,
  ZUpdatePackageRequest,
} from '../schemas/package-input';
import {
  ZIssuedLink,
  ZPackage,
  ZPackageAnswer,
  ZPackageIdAnswer,
  ZPackageList,
  ZPackageStatus,
} from '../schemas/package-output';
import { ZUploadAnswer } from '../schemas/upload-output';

/** What one endpoint answers with 200: JSON of a schema, or a PDF. */
export type EndpointAnswer = { json: z.ZodType; name: string } | { pdf: string };

/** One endpoint of the package API, described with the schemas its handler parses with. */
export interface ApiEndpoint {
  method: 'get' | 'post';
  /** The path under `/api/v1`, with `{param}` for each path parameter. */
  path: string;
  summary: string;
  description?: string;
  /** The JSON body, parsed with this schema (as the handler does), named for the document. */
  body?: { schema: z.ZodType; name: string };
  /** A multipart body of PDF files (`files/upload`). */
  multipart?: boolean;
  query?: { name: string; description: string }[];
  /** Whether the answer depends on `X-Api-Version` (3.6 reads executed and expired as open). */
  versioned?: boolean;
  answer: EndpointAnswer;
}

/**
 * Every endpoint of the package API. The OpenAPI document and the dashboard's API page are
 * made from this list, and a test checks it against the route handlers under `app/api/v1`.
 */
export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    method: 'post',
    path: '/files/upload',
    summary: 'Upload PDFs as temporary files',
    description:
      'One or more raw PDF parts, each with a filename (RFC 5987 filename* for names outside ASCII). A file that is not a PDF, is encrypted or cannot be read is flagged in its entry, never refused with a 500. Files not added to a package within 24 hours are removed.',
    multipart: true,
    query: [
      { name: 'externalId', description: 'Your own id for the files, carried to their documents.' },
    ],
    answer: { json: ZUploadAnswer, name: 'UploadAnswer' },
  },
  {
    method: 'post',
    path: '/packages/add',
    summary: 'Create a package',
    description:
      'Creates a package from uploaded files (by fileId) and its signers. A package created open invites its signers at once.',
    body: { schema: ZAddPackageRequest, name: 'AddPackageRequest' },
    answer: { json: ZPackageAnswer, name: 'PackageAnswer' },
  },
  {
    method: 'post',
    path: '/packages/update',
    summary: 'Change a package',
    description:
      'Changes the fields given. While draft, add or select, every field of packages/add may change; an open package allows name, timeSignBy, externalData and signers’ contact details only. A list given is the whole new list: signers are kept by signerId, documents by fileId. With generateSignerLinks, a change of signers or documents issues new links and the old tokens stop working.',
    body: { schema: ZUpdatePackageRequest, name: 'UpdatePackageRequest' },
    answer: { json: ZPackageAnswer, name: 'PackageAnswer' },
  },
  {
    method: 'post',
    path: '/packages/send',
    summary: 'Send a package',
    description: 'A draft, add or select package opens and its signers are invited.',
    body: { schema: ZPackageIdRequest, name: 'PackageIdRequest' },
    answer: { json: ZPackageIdAnswer, name: 'PackageIdAnswer' },
  },
  {
    method: 'post',
    path: '/packages/rescind',
    summary: 'Rescind a package',
    description: 'An open or expired package is cancelled; with notify, its signers are told.',
    body: { schema: ZRescindPackageRequest, name: 'RescindPackageRequest' },
    answer: { json: ZPackageIdAnswer, name: 'PackageIdAnswer' },
  },
  {
    method: 'post',
    path: '/packages/extend',
    summary: 'Extend a package’s deadline',
    description: 'An open or expired package’s timeSignBy moves days later, and it is open again.',
    body: { schema: ZExtendPackageRequest, name: 'ExtendPackageRequest' },
    answer: { json: ZPackageIdAnswer, name: 'PackageIdAnswer' },
  },
  {
    method: 'post',
    path: '/packages/delete',
    summary: 'Delete a package',
    description:
      'Removes the package; every token of it stops working. With notify, the signers of an open package are told it was withdrawn.',
    body: { schema: ZDeletePackageRequest, name: 'DeletePackageRequest' },
    answer: { json: ZPackageIdAnswer, name: 'PackageIdAnswer' },
  },
  {
    method: 'post',
    path: '/packages/list',
    summary: 'List packages',
    description:
      'The organization’s packages that match the filters, one page at a time; take is capped at 100 and total counts every match.',
    body: { schema: ZListPackagesRequest, name: 'ListPackagesRequest' },
    versioned: true,
    answer: { json: ZPackageList, name: 'PackageList' },
  },
  {
    method: 'get',
    path: '/packages/{packageId}',
    summary: 'Read a package',
    versioned: true,
    answer: { json: ZPackage, name: 'Package' },
  },
  {
    method: 'get',
    path: '/packages/{packageId}/status',
    summary: 'Read a package’s status',
    description:
      'Documents with one revision per signer, whose turn it is (isNext), and links when the package generates them.',
    versioned: true,
    answer: { json: ZPackageStatus, name: 'PackageStatus' },
  },
  {
    method: 'post',
    path: '/packages/{packageId}/link/sign/{signerId}',
    summary: 'Issue a new signer link',
    description: 'A fresh link for one signer; their earlier links stop working.',
    answer: { json: ZIssuedLink, name: 'IssuedLink' },
  },
  {
    method: 'get',
    path: '/packages/{packageId}/documents/{documentId}/executed',
    summary: 'Download a signed document',
    answer: { pdf: 'The signed PDF, once every signer has signed the document.' },
  },
  {
    method: 'get',
    path: '/packages/{packageId}/certificate',
    summary: 'Download the certificate of completion',
    answer: { pdf: 'Every event of the package with the SHA-256 of each document.' },
  },
];
