import { TestApp } from '../harness.js';
import { AddKitKitsWorldDocument, DesksDocument, KitDocument, KitsDocument, MaintenanceTicketsDocument, OpenMaintenanceTicketDocument, ResolveMaintenanceTicketDocument, StartMaintenanceTicketDocument, SwapKitDocument } from '../documents.js';

/** The site contract's operations, exactly as the clients send them. */
export const SITE_OPS = {
  desks: DesksDocument,
  kits: KitsDocument,
  openTicket: OpenMaintenanceTicketDocument,
  startTicket: StartMaintenanceTicketDocument,
  resolveTicket: ResolveMaintenanceTicketDocument,
  tickets: MaintenanceTicketsDocument,
  swapKit: SwapKitDocument,
};

export const KIT_DETAIL = KitDocument;

export interface KitRow {
  id: string;
  assetTag: string;
  status: string;
  deskId: string | null;
}

/** Ids of the desks by code, and the kit on each. */
export async function siteMap(t: TestApp) {
  const desks: Array<{ id: string; code: string }> = await t.dataSource.query(`SELECT id, code FROM desk`);
  const deskId = Object.fromEntries(desks.map((d) => [d.code, d.id])) as Record<string, string>;
  const kitOn = async (code: string): Promise<KitRow | null> => {
    const [row] = await t.dataSource.query(`SELECT id, asset_tag AS "assetTag", status, desk_id AS "deskId" FROM kit WHERE desk_id = $1`, [deskId[code]]);
    return row ?? null;
  };
  const kitByTag = async (tag: string): Promise<KitRow> => {
    const [row] = await t.dataSource.query(`SELECT id, asset_tag AS "assetTag", status, desk_id AS "deskId" FROM kit WHERE asset_tag = $1`, [tag]);
    return row;
  };
  const desk = async (code: string) => {
    const res = await t.gql(SITE_OPS.desks, {}, t.operatorToken);
    return res.data.desks.find((d: { code: string }) => d.code === code) as { id: string; code: string; bookable: boolean; kit: { id: string; assetTag: string; status: string } | null };
  };
  /** A new spare (OPERATIONAL, on no desk), so tests never compete for the seeded ones. */
  const newSpare = async (): Promise<KitRow> => {
    const res = await t.gql(
      AddKitKitsWorldDocument,
      { input: { purchasedOn: '2026-02-01', components: [{ type: 'WORKSTATION', model: 'Dell Precision 3680', serialNumber: `WS-${Math.random().toString(36).slice(2, 9)}`, embodiedKgCo2e: 205, refurbished: true }] } },
      t.operatorToken,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { ...res.data.addKit, deskId: null };
  };
  const openTicket = async (kitId: string, severity: 'LOW' | 'HIGH' | 'BLOCKING', title = 'Écran noir au démarrage', token = t.operatorToken) =>
    t.gql(SITE_OPS.openTicket, { input: { kitId, title, description: 'Signalé par l’équipe du matin', severity } }, token);
  return { deskId, kitOn, kitByTag, desk, newSpare, openTicket };
}

export const countRows = async (t: TestApp, table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
