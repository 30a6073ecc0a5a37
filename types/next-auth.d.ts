import 'next-auth';

declare module 'next-auth' {
  /** The session the portal issues: only who the member is; the rest is read fresh each time. */
  interface Session {
    memberId: string;
  }
}
