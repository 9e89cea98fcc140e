import type { Brief } from '../../../lib/brief';
import type { SiftDb } from '../../../lib/db/db';
import { makeLinkBrief } from '../../../lib/io/link-brief';
import { storeImports } from '../../../lib/io/store-imports';
import { makeNewBrief } from '../../helpers/briefs';

/** A small library with every kind of brief and every kind of state, stored in `db`. */
export async function seedLibrary(db: SiftDb): Promise<Brief[]> {
  const article = {
    ...makeNewBrief({ title: 'Kyiv confirms "Kursk" push: a <b>test</b>', tags: ['ukraine', 'war'], aiKeyPoints: ['One point'], aiMethod: 'summarizer' }),
    highlights: [{ text: 'First sentence of the story.', createdAt: 1723590000_000, note: 'key' }],
    savedAt: 1723584600_123,
    updatedAt: 1723590000_000,
    readAt: 1723600000_000,
    archived: false,
    favorite: true,
    readingProgress: 0.5,
  };
  const bookmark = { ...makeNewBrief({ url: 'https://example.com/sign-in', canonicalUrl: 'https://example.com/sign-in', kind: 'bookmark', text: '', html: '', summary: [] }), highlights: [], savedAt: 1700000000_000, updatedAt: 1700000000_000, readAt: null, archived: true, favorite: false };
  const link = makeLinkBrief({ url: 'https://example.org/a,b?q=1', title: 'Comma, "quotes" & =formula', savedAt: 1690000000_000, tags: ['long read'] })!;
  await storeImports(db, [article, bookmark, link], { now: 1 });
  return db.briefs.orderBy('id').toArray();
}
