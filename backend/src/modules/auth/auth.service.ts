import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { UserEntity } from '../users/user.entity.js';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../users/password.js';


@Injectable()
export class AuthService {
  /** 10 attempts per e-mail and 30 per address within 15 minutes. */
  private readonly perEmail = new RateLimiter(10, 15 * 60_000);
  private readonly perAddress = new RateLimiter(30, 15 * 60_000);

  /** Verified when the e-mail is unknown, so both paths take as long. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<{ token: string; user: UserEntity }> {
    const email = emailInput.trim().toLowerCase();
    this.perAddress.hit(address, 'sign-in attempts');
    this.perEmail.hit(email, 'sign-in attempts');
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password');
    this.perEmail.reset(email);
    const token = await this.jwt.signAsync({ sub: user.id, role: user.role });
    return { token, user };
  }
}
