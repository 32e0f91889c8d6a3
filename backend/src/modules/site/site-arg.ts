import { ID } from '@nestjs/graphql';

/** The optional `siteId` argument of the reads scoped to a site (site-scope.service.ts says what omitting it means). */
export const SITE_ARG = { type: () => ID, nullable: true, description: 'The site; omitted: see the field (one site: the first the caller sees; a list: every site the caller sees)' } as const;
