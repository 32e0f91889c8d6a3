import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { SignInLimits } from './sign-in-limits.js';

/** Sign-in, sessions and their limits. Global: the guard and the accounts domain end sessions. */
@Global()
@Module({ providers: [AuthService, AuthResolver, SessionService, SignInLimits], exports: [SessionService, SignInLimits] })
export class AuthModule {}
