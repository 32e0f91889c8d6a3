import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { BookingEntity } from './booking.entity.js';
import { BookingRepository, BookingRow } from './booking.repository.js';

export function bookingLoader(loaders: RequestLoaders, repo: BookingRepository) {
  return loaders.get<string, BookingEntity | null>('bookingById', async (ids) => byKeys(ids, await repo.byIds(ids), (b) => b.id));
}

/** Each booking's desk rows, in its desk order. */
export function bookingRowsLoader(loaders: RequestLoaders, repo: BookingRepository) {
  return loaders.get<string, Array<BookingRow & { bookingId: string }>>('bookingRowsByBookingId', async (ids) =>
    groupByKeys(ids, await repo.rowsOfBookings(ids), (r) => r.bookingId),
  );
}
