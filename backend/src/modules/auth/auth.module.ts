import { Global, Module } from '@nestjs/common';
import { SESSION_READER, SessionReader } from '../../common/auth/auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { sessionTokenOf } from './session-cookie.js';
import { SessionRepository } from './session.repository.js';
import { SignInBackoffRepository } from './sign-in-backoff.repository.js';
import { SessionService } from './session.service.js';
import { SignInLimits } from './sign-in-limits.js';

/** Sign-in, sessions and their limits. Global: the guard and the accounts domain end sessions. */
@Global()
@Module({
  providers: [
    AuthService,
    AuthResolver,
    SessionRepository,
    SignInBackoffRepository,
    SessionService,
    SignInLimits,
    // The global guard reads sessions through this (common/ knows no domain).
    { provide: SESSION_READER, inject: [SessionService], useFactory: (sessions: SessionService): SessionReader => ({ tokenOf: sessionTokenOf, actorOf: (token) => sessions.actorOf(token) }) },
  ],
  exports: [SessionService, SignInLimits, SESSION_READER],
})
export class AuthModule {}
