import pg from 'pg';

// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them with the server's timezone.
pg.types.setTypeParser(1082, (value: string) => value);
