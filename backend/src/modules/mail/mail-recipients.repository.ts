import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language } from '../studios/language.js';

export interface StudioAudience {
  /** The studio's managers who can sign in; the studio's contact address when it has none. */
  addresses: string[];
  language: Language;
  studioName: string;
}

/** Who a studio's event e-mails go to, in which language (the studio's). */
@Injectable()
export class MailRecipientsRepository {
  async managersOf(studioId: string, em: EntityManager): Promise<StudioAudience> {
    const [studio]: Array<{ name: string; language: Language; contact_email: string }> = await em.query(`SELECT name, language, contact_email FROM studio WHERE id = $1`, [studioId]);
    if (!studio) return { addresses: [], language: Language.FR, studioName: '' };
    const managers: Array<{ email: string }> = await em.query(
      `SELECT email FROM app_user WHERE studio_id = $1 AND role = 'STUDIO_MANAGER' AND disabled_at IS NULL ORDER BY email`,
      [studioId],
    );
    const addresses = managers.length ? managers.map((m) => m.email) : [studio.contact_email].filter(Boolean);
    return { addresses, language: studio.language, studioName: studio.name };
  }
}
