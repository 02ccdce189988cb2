import { describe, expect, it } from 'vitest';
import { buildBundleFromDir } from '../../../src/corpus/node';
import type { Bundle, Entity } from '../../../src/core/types';

const { bundle, warnings } = buildBundleFromDir('seeds');
const entity = (id: string): Entity => {
  const found = bundle.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};
const entitiesNamed = (alias: string) => bundle.entities.filter((e) => e.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()));

describe('seed bundle', () => {
  it('builds all five articles without warnings', () => {
    expect(bundle.articles.map((a) => a.id)).toEqual([
      '000_bd591a20e354ed17',
      '001_d4f6eed8031313f2',
      '002_8bf6dde10827beaa',
      '003_8af05d6213925481',
      '004_c5a2845bdff564a4',
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives ISIS every alias, under one entity', () => {
    const isis = entity('isis');
    for (const alias of ['ISIS', 'Islamic State', 'ISIL', 'IS', 'Daesh', '#Daesh']) expect(isis.aliases).toContain(alias);
    for (const alias of ['Daesh', 'Islamic State', '#Daesh']) expect(entitiesNamed(alias).map((e) => e.id)).toEqual(['isis']);
    expect(isis.articleIds).toHaveLength(5);
  });

  it('merges WauchulaGhost and @WauchulaGhost', () => {
    expect(entitiesNamed('@WauchulaGhost').map((e) => e.id)).toEqual(['wauchulaghost']);
    expect(entity('wauchulaghost').aliases).toEqual(expect.arrayContaining(['WauchulaGhost', '@WauchulaGhost']));
    expect(entity('wauchulaghost').description).toMatch(/^Anonymous hacker who/); // curated, so the corpus's appositive is not needed
  });

  it('merges the case variants of #GhostOfNoNation, counting all three mentions', () => {
    const tagged = bundle.entities.filter((e) => e.aliases.some((a) => a.toLowerCase() === '#ghostofnonation'));
    expect(tagged).toHaveLength(1);
    expect(tagged[0]!.mentionCount).toBe(3);
  });

  it('merges the misspelling Marteen into Omar Mateen, found on pages but never shown as his name', () => {
    const mateen = entity('omar-mateen');
    expect(mateen.aliases).toEqual(['Omar Mateen', 'Mateen']);
    const matched = (alias: string) => bundle.dictionary.filter((d) => d.alias === alias).map((d) => d.entityId);
    expect([matched('Omar Marteen'), matched('Marteen'), matched('Islamic State in Iraq in Syria')]).toEqual([['omar-mateen'], ['omar-mateen'], ['isis']]);
    expect(entity('isis').aliases).not.toContain('Islamic State in Iraq in Syria');
    expect(mateen.mentionCount).toBe(3);
    expect(mateen.description).toMatch(/^Gunman who killed 49 people/); // curated
  });

  it('merges CtrlSec = Ctrl Sec and Anonymous = #Anonymous', () => {
    expect(entitiesNamed('Ctrl Sec').map((e) => e.id)).toEqual(['ctrlsec']);
    expect(entity('ctrlsec').articleIds).toHaveLength(2);
    expect(entitiesNamed('#Anonymous').map((e) => e.id)).toEqual(['anonymous']);
  });

  it('carries the salience entities.json gives, and none where it gives none', () => {
    expect(entity('twitter').salience).toBe('context');
    expect(entity('isis').salience).toBeUndefined();
  });

  it('finds names, hashtags and handles the curated file does not list', () => {
    for (const [id, kind] of [
      ['chorlton', 'place'],
      ['hashtag-daeshbag', 'hashtag'],
      ['handle-dygft9uy4', 'handle'],
      ['george-washington-university', 'organisation'],
    ] as const)
      expect(entity(id).kind).toBe(kind);
    // A tag whose text is a known name joins it.
    expect(entity('orlando').aliases).toContain('#Orlando');
  });

  it('keeps names only, each with its kind and salience: no ordinary words, adjectives, labels or policies', () => {
    // prettier-ignore
    expect(bundle.entities.map((e) => [e.name, e.kind, ...(e.salience ? [e.salience] : [])])).toEqual([
      ['Al Musra Al Maqdisia', 'group'], ['Al Nusra', 'group'], ['al Qaeda', 'group'], ['Anonymous', 'group'],
      ['Asia', 'place', 'context'], ['Australia', 'place', 'context'], ['Canada', 'place', 'context'], ['CBS', 'organisation', 'context'],
      ['Charlie Hebdo', 'organisation'], ['Chorlton', 'place'], ['CNNMoney', 'organisation', 'context'], ['CtrlSec', 'group'],
      ['David Cameron', 'person'], ['Europe', 'place', 'context'], ['Facebook', 'organisation', 'context'], ['Florida', 'place', 'context'],
      ['George Washington University', 'organisation'], ['#GhostOfNoNation', 'campaign'], ['GhostSec', 'group'],
      ['@dygft9uy4', 'handle'], ['@gi_h_a_d35', 'handle'], ['@zxmgklb', 'handle'], ['#AttackingTwitterEmployees', 'hashtag'],
      ['#DaeshBag', 'hashtag'], ['#Irag', 'hashtag'], ['#RxpectUs', 'hashtag'], ['#Saudi', 'hashtag'],
      ['#TheConceptOfLoneWolfAttacks', 'hashtag'], ['Hezbollah', 'group'], ['International Business Times', 'organisation', 'context'],
      ['Iraq', 'place', 'context'], ['ISIS', 'group'], ['Israel', 'place', 'context'], ['James Foley', 'person'],
      ['Jerusalem', 'place', 'context'], ['Jordan', 'place', 'context'], ['Latin America', 'place', 'context'],
      ['LGBT Pride', 'other'], ['Manchester', 'place', 'context'], ['Omar Mateen', 'person'], ['#OpDaesh', 'campaign'],
      ['#OpISIS', 'campaign'], ['Orlando', 'place', 'context'], ['Paris', 'place', 'context'], ['Pulse nightclub', 'place'],
      ['Salma Halane', 'person'], ['San Francisco', 'place', 'context'], ['Silicon Valley', 'place', 'context'], ['Steven Sotloff', 'person'],
      ['Syria', 'place', 'context'], ['Taliban', 'group'], ['Tamara Fields', 'person'], ['The Epoch Times', 'organisation', 'context'],
      ['Twitter', 'organisation', 'context'], ["Umm Ja'far", 'person'], ['United Kingdom', 'place', 'context'],
      ['United States', 'place', 'context'], ['Viagra', 'other'], ['Vocativ', 'organisation', 'context'], ['WauchulaGhost', 'person'],
      ['XRS One', 'group'], ['YouTube', 'organisation', 'context'], ['Zahra Halane', 'person'],
    ]);
  });

  it('merges UK = United Kingdom and US = United States', () => {
    expect(entitiesNamed('UK').map((e) => e.id)).toEqual(['united-kingdom']);
    expect(entitiesNamed('US').map((e) => e.id)).toEqual(['united-states']);
  });

  it('knows ISIS by its names in the languages the story was covered in', () => {
    for (const alias of ['État islamique', 'Daech', 'Estado Islámico', 'Stato Islamico', 'Islamischer Staat', 'Negara Islam']) {
      expect(entity('isis').aliases).toContain(alias);
    }
  });

  it('describes every core entity', () => {
    for (const id of ['isis', 'anonymous', 'ghostsec', 'ctrlsec', 'wauchulaghost', 'twitter', 'omar-mateen', 'salma-halane', 'zahra-halane']) {
      expect(entity(id).description).not.toBe('');
    }
  });

  it('keeps no boilerplate in any article', () => {
    const boilerplate = [
      /leave a reply/i,
      /be the first to comment/i,
      /post a comment/i,
      /copyright/i,
      /all rights reserved/i,
      /\{mosads\}/,
      /\{[a-z]+\}/,
      /^fact checked$/im,
      /akismet/i,
      /your email address/i,
      /no comments/i,
      /featured image/i,
    ];
    for (const article of bundle.articles) for (const pattern of boilerplate) expect(article.text).not.toMatch(pattern);
  });

  it('keeps each caption once', () => {
    const text = bundle.articles.find((a) => a.id.startsWith('004'))!.text;
    expect(text.split('Salma Halane (left) and her twin Zahra (right)').length - 1).toBe(1);
    expect(text.split('Threat: Twitter employees at the San Francisco office').length - 1).toBe(1);
  });

  it('gives every article a real title, and dates and publishers where the text has them', () => {
    expect(bundle.articles.map((a) => a.title)).toEqual([
      'Anonymous has hacked a number of pro-ISIS Twitter accounts',
      'Anonymous ups Twitter war against ISIS',
      'Twitter Takes Down Anonymous Accounts For ‘Harassing ISIS’',
      'Hundreds of social media accounts apparently linked to terrorist group ISIS have been shut down',
      'ISIS declares war on Twitter',
    ]);
    expect(bundle.articles[4]!.date).toBe('2014-09-10');
    expect(bundle.articles[1]!.source).toBe('Nexstar Media Inc.');
  });

  it('splits sentences with offsets into the clean text, and points mentions at them', () => {
    for (const article of bundle.articles) {
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(article.text.slice(s.start, s.end).trim());
    }
    const mateen = entity('omar-mateen').mentions[0]!;
    const article = bundle.articles.find((a) => a.id === mateen.articleId)!;
    const sentence = article.sentences[mateen.sentence]!;
    expect(article.text.slice(mateen.start, mateen.end)).toBe('Omar Marteen');
    expect(article.text.slice(sentence.start, sentence.end)).toMatch(/^Omar Marteen, the gunman .* allegiance to ISIS\.$/);
  });

  it('lists co-mentioned entities, most shared articles first', () => {
    const co = entity('ghostsec').coMentions;
    expect(co.map((c) => c.id)).toEqual(expect.arrayContaining(['anonymous', 'isis', 'ctrlsec', 'twitter']));
    expect(co[0]!.count).toBeGreaterThanOrEqual(co.at(-1)!.count);
  });

  it('is deterministic: the same corpus gives the same bytes', () => {
    const again: Bundle = buildBundleFromDir('seeds').bundle;
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
  });

  it('carries a schema version, a dictionary, a compiled matcher and a search index', () => {
    expect(bundle.version).toBe(1);
    expect(bundle.dictionary).toContainEqual({ alias: 'IS', entityId: 'isis', acronym: true });
    expect(bundle.matcher.format).toBeGreaterThan(0);
    expect(JSON.parse(bundle.searchIndex)).toHaveProperty('documentCount', bundle.articles.length + bundle.entities.length);
  });
});
