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
