import '../../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import { createServer, Server } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { RawOperation, operationText, TEST_SECRET_KEY } from '../harness.js';
import { createTestDatabase, dropTestDatabase } from '../test-database.js';
import { deskIds, OPS } from './crew-world.js';
import { LoginMailDocument } from '../documents.js';

/** A minimal SMTP server on the loopback, recording what it is sent (or refusing recipients). */
function fakeSmtp(received: string[], refuse: { on: boolean }): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let inData = false;
    let data = '';
    let pending = '';
    socket.write('220 localhost ESMTP test\r\n');
    socket.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      let i: number;
      while ((i = pending.indexOf('\r\n')) >= 0) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            data = '';
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') socket.write('250 ok\r\n');
        else if (verb === 'RCPT') socket.write(refuse.on ? '550 no such user\r\n' : '250 ok\r\n');
        else if (verb === 'DATA') (inData = true), socket.write('354 go ahead\r\n');
        else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

describe('access-pass e-mails by SMTP (FLEX_SMTP_URL set)', () => {
  const received: string[] = [];
  const refuse = { on: false };
  let smtp: Server;
  let db: { name: string; url: string };
  let dataSource: DataSource;
  let app: INestApplication;
  let token: string;
  const gql = (query: RawOperation, variables: Record<string, unknown>) =>
    request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query: operationText(query), variables }).then((r) => r.body);

  beforeAll(async () => {
    const fake = await fakeSmtp(received, refuse);
    smtp = fake.server;
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url));
    await dataSource.initialize();
    const config = { ...loadConfig({ FLEX_LOG_LEVEL: 'error', FLEX_SECRET_KEY: TEST_SECRET_KEY }), jobs: false, smtpUrl: `smtp://127.0.0.1:${fake.port}` };
    app = await createApp({ dataSource, config });
    const studio = await makeStudio(dataSource);
    const manager = await makeManager(dataSource, studio.id);
    const res = await request(app.getHttpServer()).post('/graphql').send({ query: operationText(LoginMailDocument), variables: { e: manager.email, p: TEST_PASSWORD } });
    token = res.body.data.login.token;
    const contract = await makeContract(dataSource, studio.id);
    const booking = await makeBooking(dataSource, { studioId: studio.id, contractId: contract.id, deskCodes: ['A01', 'A02'], startDate: '2027-02-01', endDate: '2027-02-05' });
    const desks = await deskIds({ dataSource } as never);
    for (const [desk, email] of [['A01', 'margot.henry@example.fr'], ['A02', 'refused@example.fr']]) {
      const member = await gql(OPS.addCrewMember, { input: { studioId: studio.id, fullName: desk === 'A01' ? 'Margot Henry' : 'Refusé', email } });
      if (desk === 'A02') refuse.on = true;
      const assigned = await gql(OPS.assignCrew, { input: { bookingId: booking.id, crewMemberId: member.data.addCrewMember.id, deskId: desks[desk], startDate: '2027-02-01', endDate: '2027-02-05' } });
      (beforeAllCodes as string[]).push(assigned.data.assignCrew.accessPass!.code);
      // Let the delivery started after the commit finish before the next step.
      await app.get(MailService).deliverPending();
    }
  });
  const beforeAllCodes: string[] = [];
  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await dropTestDatabase(db.name);
    await new Promise((r) => smtp.close(r));
  });

  // The studio's managers get a notice of each pass too (without the code): these are the crew's.
  const crewMails = () => received.filter((m) => !/^To: manager-/m.test(m));

  it('sends the pass to the crew member with the code and its QR code, then forgets the code', async () => {
    for (let i = 0; i < 50 && !crewMails().length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(crewMails()).toHaveLength(1);
    const [mail] = crewMails();
    expect(mail).toMatch(/^To: margot\.henry@example\.fr/m);
    expect(mail).toMatch(/^Subject: \S/m);
    expect(mail.replace(/=\r?\n/g, '')).toContain(beforeAllCodes[0]);
    expect(mail).toMatch(/Content-ID: <qr>/i);
    const [row] = await dataSource.query(`SELECT status, sealed_secret, sent_at FROM outbox_message WHERE to_address = 'margot.henry@example.fr'`);
    expect(row).toMatchObject({ status: 'SENT', sealed_secret: null });
    expect(row.sent_at).not.toBeNull();
  });

  it('keeps a refused message pending with the error, and gives up after five attempts', async () => {
    const mail = app.get(MailService);
    const read = async () => (await dataSource.query(`SELECT status, attempts, last_error FROM outbox_message WHERE to_address = 'refused@example.fr'`))[0];
    // The delivery round started after the commit may still be running: wait for its answer.
    for (let i = 0; i < 50 && (await read()).attempts === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await read()).toMatchObject({ status: 'PENDING', attempts: 1, last_error: expect.stringContaining('550') });
    for (let i = 0; i < 10 && (await read()).status === 'PENDING'; i++) await mail.deliverPending();
    const [row] = await dataSource.query(`SELECT status, attempts FROM outbox_message WHERE to_address = 'refused@example.fr'`);
    expect(row).toEqual({ status: 'FAILED', attempts: 5 });
    expect(crewMails()).toHaveLength(1);
  });
});
