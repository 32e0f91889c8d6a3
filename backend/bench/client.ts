/** A GraphQL answer as the API sends it. */
export interface GqlAnswer<T = any> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

export class BenchFailure extends Error {}

/** POST /graphql over real HTTP, as the front end does. */
export class GqlClient {
  constructor(private readonly endpoint: string) {}

  /** With `timeoutMs`, a call left unanswered comes back as a TIMEOUT error (status 0) instead of waiting on. */
  async post<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs?: number): Promise<GqlAnswer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
      });
      const body = (await res.json()) as { data?: T; errors?: GqlAnswer['errors'] };
      return { status: res.status, data: body.data, errors: body.errors };
    } catch (e) {
      if (e instanceof Error && e.name === 'TimeoutError') {
        return { status: 0, data: null, errors: [{ message: `no answer within ${timeoutMs} ms`, extensions: { code: 'TIMEOUT' } }] };
      }
      throw e;
    }
  }

  /** The data, or a failure naming the operation and the first error. */
  async ok<T = any>(label: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const answer = await this.post<T>(query, variables, token);
    if (answer.errors?.length || !answer.data) {
      const first = answer.errors?.[0];
      throw new BenchFailure(`${label} failed (HTTP ${answer.status}): ${first ? `${first.extensions?.code ?? ''} ${first.message}` : 'no data'}`);
    }
    return answer.data;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      `login ${email}`,
      'mutation BenchLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return data.login.token;
  }
}

/** The `extensions.code` of the first error, or undefined when the call succeeded. */
export const errorCode = (answer: GqlAnswer) => answer.errors?.[0]?.extensions?.code;
