import type { Article, TextSpan } from '@apparatus/core';

/** A small Siege of Dushanbe built by hand (offsets computed as its text is assembled), so the
 * editor tests need not import `@apparatus/formats`. */
export function handArticle(): Article {
  let text = '';
  const span = (s: string, before: string): TextSpan => {
    text += before;
    const start = text.length;
    text += s;
    return { text: s, start, end: text.length };
  };
  const t = span('Siege of Dushanbe', '= ');
  const cap = span('Bukharan PSR', ' =\n\n');
  const k1 = span('Date', '\n- ');
  const v1 = span('28 January or 8 February–14 February', ': ');
  const k2 = span('Strength2', '\n- ');
  const v2 = span('7,0008,000', ': ');
  const empty = span('', '\n- Note: ');
  const para = span('The siege of Dushanbe took place in February 1922.', '\n\n');
  const head = span('Background', '\n\n== ');
  const para2 = span('Enver Pasha, estimated at 1,500 strong.', ' ==\n\n');
  const i1 = span('Bukharan Revolution', '\n\n- ');
  const i2 = span('Khivan Revolution', '\n- ');
  text += '\n';
  return {
    text,
    title: t,
    blocks: [
      { type: 'caption', text: cap },
      {
        type: 'infobox',
        fields: [
          { key: k1, value: v1 },
          { key: k2, value: v2 },
          { key: { text: 'Note', start: empty.start - 6, end: empty.start - 2 }, value: empty },
        ],
      },
      { type: 'paragraph', text: para },
      { type: 'heading', level: 2, text: head },
      { type: 'paragraph', text: para2 },
      { type: 'list', items: [i1, i2] },
    ],
  };
}
