import 'server-only';

import { signedInMember, type DashboardMember } from '@/lib/auth/require-member';

type RouteContext<Params> = { params: Promise<Params> };

/** A JSON answer of the dashboard's data routes: never cached, never stored by a proxy. */
export function memberJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/**
 * Wraps a JSON route of the dashboard: the signed-in member or 401, so that a page left open
 * after signing out stops refreshing rather than being sent to the sign-in page as data.
 */
export function memberJsonRoute<Params = Record<string, never>>(
  handler: (request: Request, member: DashboardMember, params: Params) => Promise<Response>,
) {
  return async (request: Request, route: RouteContext<Params>): Promise<Response> => {
    const member = await signedInMember();

    if (!member) {
      return memberJson(
        { error: 'not_signed_in', message: 'Sign in again to see your packages.' },
        401,
      );
    }

    return handler(request, member, await route.params);
  };
}
