import { buildSchema, GraphQLSchema, isObjectType } from 'graphql';
import { DOOR_SURFACE, PUBLIC_SURFACES, SIGN_IN_SURFACE } from '../../src/common/auth/public-surface.js';
import { printedSchema } from '../../src/schema-print.js';
import { reachableFields, rootField } from './schema-walk.js';

/** What an anonymous caller can reach is listed in one place (common/auth/public-surface.ts): the schema must match it exactly. */
describe('the public surface', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => (schema = buildSchema(await printedSchema())));

  it.each(PUBLIC_SURFACES.map((s) => [s.operations.join(', '), s] as const))('from %s reaches exactly the fields listed', (_name, surface) => {
    for (const op of surface.operations) expect(rootField(schema, op)).toBeDefined();
    expect(reachableFields(schema, surface.operations).fields).toEqual([...surface.fields].sort());
  });

  it('lets the door reach kiosk types only: no studio, contract, kit, ticket, booking or full crew member', () => {
    const { types } = reachableFields(schema, DOOR_SURFACE.operations);
    const objects = types.filter((name) => isObjectType(schema.getType(name)));
    expect(objects).toEqual(['KioskAccessCheck', 'KioskCheckIn', 'KioskCrewMember', 'KioskDesk', 'KioskStudio']);
    for (const forbidden of ['Studio', 'Contract', 'Kit', 'MaintenanceTicket', 'Booking', 'CrewMember', 'Desk', 'CrewAssignment', 'AccessPass']) {
      expect(types).not.toContain(forbidden);
    }
  });

  it('reaches no booking, crew, kit, invoice or pass from signing in', () => {
    const { types } = reachableFields(schema, SIGN_IN_SURFACE.operations);
    expect(types.filter((name) => isObjectType(schema.getType(name)))).toEqual(['AuthPayload', 'Contract', 'Studio', 'User', 'VolumeTier']);
  });
});
