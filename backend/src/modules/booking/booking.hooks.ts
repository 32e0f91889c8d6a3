import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BookingEntity } from './booking.entity.js';

type BookingHook = (em: EntityManager, booking: BookingEntity) => Promise<void>;

/**
 * Lets other domains react to a booking's life inside the same transaction (crew passes
 * revoked when a booking is cancelled, assignments trimmed when it shrinks…), without the
 * booking module knowing them. A module registers its hooks in onModuleInit.
 */
@Injectable()
export class BookingHooks {
  private readonly cancelled: BookingHook[] = [];
  private readonly changed: BookingHook[] = [];
  private readonly placed: BookingHook[] = [];
  private readonly confirmed: BookingHook[] = [];
  private readonly expiring: BookingHook[] = [];

  /** After a booking was made (an option, or confirmed at once). */
  onPlaced(hook: BookingHook): void {
    this.placed.push(hook);
  }

  /** After an option was confirmed. */
  onConfirmed(hook: BookingHook): void {
    this.confirmed.push(hook);
  }

  /** An option expires within 24 hours (the sweep sees it each time it runs: hooks must be idempotent). */
  onExpiringSoon(hook: BookingHook): void {
    this.expiring.push(hook);
  }

  async runPlaced(em: EntityManager, booking: BookingEntity): Promise<void> {
    for (const hook of this.placed) await hook(em, booking);
  }

  async runConfirmed(em: EntityManager, booking: BookingEntity): Promise<void> {
    for (const hook of this.confirmed) await hook(em, booking);
  }

  async runExpiringSoon(em: EntityManager, booking: BookingEntity): Promise<void> {
    for (const hook of this.expiring) await hook(em, booking);
  }

  /** After a booking is cancelled or its option expired (status already written). */
  onCancelled(hook: BookingHook): void {
    this.cancelled.push(hook);
  }

  /** After a booking's dates or desks changed (rows already written). */
  onChanged(hook: BookingHook): void {
    this.changed.push(hook);
  }

  async runCancelled(em: EntityManager, booking: BookingEntity): Promise<void> {
    for (const hook of this.cancelled) await hook(em, booking);
  }

  async runChanged(em: EntityManager, booking: BookingEntity): Promise<void> {
    for (const hook of this.changed) await hook(em, booking);
  }
}
