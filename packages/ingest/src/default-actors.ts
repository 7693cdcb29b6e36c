/**
 * The default actor register: states, blocs and organisations of the 2025
 * Ukraine talks with the names the press uses for them, and persons with
 * their dated offices. Data, not code: extend it with `buildRegistry`.
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';

/**
 * Default actors (states, blocs, organisations and persons with offices).
 *
 * @example
 * import { DEFAULT_ACTORS } from '@stancelog/ingest'
 * assert.ok(DEFAULT_ACTORS.some((a) => a.id === 'keir-starmer'))
 * @category data
 * @since 0.1.0
 */
export const DEFAULT_ACTORS: ReadonlyArray<Actor> = [
  { id: 'ukraine', kind: 'state', name: 'Ukraine', aliases: ['Kyiv', 'Kiev', 'Ukrainian government', 'Ukrainian officials', 'Ukrainian side', 'Ukrainian delegation'] },
  { id: 'russia', kind: 'state', name: 'Russia', aliases: ['Moscow', 'the Kremlin', 'Kremlin', 'Russian Foreign Ministry', 'Russian side', 'Russian government', 'Russian officials', 'Russian delegation', 'Russian Federation'] },
  { id: 'united-states', kind: 'state', name: 'United States', aliases: ['the United States', 'US', 'U.S.', 'USA', 'Washington', 'Trump administration', 'White House', 'American officials', 'US officials', 'U.S. officials'] },
  { id: 'united-kingdom', kind: 'state', name: 'United Kingdom', aliases: ['the United Kingdom', 'UK', 'U.K.', 'Britain', 'London', 'Downing Street', 'UK government', 'British government'] },
  { id: 'germany', kind: 'state', name: 'Germany', aliases: ['Berlin', 'German government'] },
  { id: 'france', kind: 'state', name: 'France', aliases: ['Paris', 'Elysee', 'Élysée', 'French government'] },
  { id: 'european-union', kind: 'bloc', name: 'European Union', aliases: ['the EU', 'EU', 'EU Commission', 'European Commission', 'Brussels'] },
  { id: 'nato', kind: 'organisation', name: 'NATO', aliases: ['North Atlantic Alliance', 'the Alliance'] },
  { id: 'turkey', kind: 'state', name: 'Turkey', aliases: ['Ankara', 'Türkiye', 'Turkiye'] },
  { id: 'volodymyr-zelensky', kind: 'person', name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'], offices: [{ actor: 'ukraine', title: 'President', from: '2019-05-20' }] },
  { id: 'andriy-yermak', kind: 'person', name: 'Andriy Yermak', aliases: ['Yermak', 'Andrii Yermak'], offices: [{ actor: 'ukraine', title: 'Chief of Staff', from: '2020-02-11', until: '2025-11-28' }] },
  { id: 'rustem-umerov', kind: 'person', name: 'Rustem Umerov', aliases: ['Umerov'], offices: [{ actor: 'ukraine', title: 'Defence Minister', from: '2023-09-06', until: '2025-07-17' }, { actor: 'ukraine', title: 'Secretary of the National Security and Defense Council', from: '2025-07-17' }] },
  { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'], offices: [{ actor: 'russia', title: 'President', from: '2012-05-07' }] },
  { id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', aliases: ['Peskov', 'Dmitri Peskov'], offices: [{ actor: 'russia', title: 'Spokesman', from: '2012-05-22' }] },
  { id: 'vladimir-medinsky', kind: 'person', name: 'Vladimir Medinsky', aliases: ['Medinsky'], offices: [{ actor: 'russia', title: 'Presidential Aide', from: '2020-01-21' }] },
  { id: 'sergei-lavrov', kind: 'person', name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergey Lavrov'], offices: [{ actor: 'russia', title: 'Foreign Minister', from: '2004-03-09' }] },
  { id: 'donald-trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'], offices: [{ actor: 'united-states', title: 'President', from: '2017-01-20', until: '2021-01-20' }, { actor: 'united-states', title: 'President', from: '2025-01-20' }] },
  { id: 'joe-biden', kind: 'person', name: 'Joe Biden', aliases: ['Biden'], offices: [{ actor: 'united-states', title: 'President', from: '2021-01-20', until: '2025-01-20' }] },
  { id: 'marco-rubio', kind: 'person', name: 'Marco Rubio', aliases: ['Rubio'], offices: [{ actor: 'united-states', title: 'Secretary of State', from: '2025-01-21' }] },
  { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', aliases: ['Starmer', 'Sir Keir', 'Sir Keir Starmer'], offices: [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05' }] },
  { id: 'rishi-sunak', kind: 'person', name: 'Rishi Sunak', aliases: ['Sunak'], offices: [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2022-10-25', until: '2024-07-05' }] },
  { id: 'jonathan-powell', kind: 'person', name: 'Jonathan Powell', aliases: ['Powell'], offices: [{ actor: 'united-kingdom', title: 'National Security Adviser', from: '2024-11-13' }] },
  { id: 'olaf-scholz', kind: 'person', name: 'Olaf Scholz', aliases: ['Scholz'], offices: [{ actor: 'germany', title: 'Chancellor', from: '2021-12-08', until: '2025-05-06' }] },
  { id: 'friedrich-merz', kind: 'person', name: 'Friedrich Merz', aliases: ['Merz', 'Chancellor Merz'], offices: [{ actor: 'germany', title: 'Chancellor', from: '2025-05-06' }] },
  { id: 'emmanuel-macron', kind: 'person', name: 'Emmanuel Macron', aliases: ['Macron'], offices: [{ actor: 'france', title: 'President', from: '2017-05-14' }] },
  { id: 'ursula-von-der-leyen', kind: 'person', name: 'Ursula von der Leyen', aliases: ['von der Leyen', 'Von der Leyen'], offices: [{ actor: 'european-union', title: 'Commission President', from: '2019-12-01' }] },
  { id: 'kaja-kallas', kind: 'person', name: 'Kaja Kallas', aliases: ['Kallas'], offices: [{ actor: 'european-union', title: 'High Representative', from: '2024-12-01' }] },
  { id: 'mark-rutte', kind: 'person', name: 'Mark Rutte', aliases: ['Rutte'], offices: [{ actor: 'nato', title: 'Secretary General', from: '2024-10-01' }] },
  { id: 'recep-tayyip-erdogan', kind: 'person', name: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Erdoğan'], offices: [{ actor: 'turkey', title: 'President', from: '2014-08-28' }] },
];

/**
 * Adjectives of nationality that name their state when they qualify a
 * speaker or a possession ("Russian demands", "Ukrainian officials").
 *
 * @example
 * import { DEFAULT_DEMONYMS } from '@stancelog/ingest'
 * assert.strictEqual(DEFAULT_DEMONYMS.Russian, 'russia')
 * @category data
 * @since 0.1.0
 */
export const DEFAULT_DEMONYMS: Readonly<Record<string, string>> = {
  Ukrainian: 'ukraine',
  Russian: 'russia',
  American: 'united-states',
  British: 'united-kingdom',
  German: 'germany',
  French: 'france',
  Turkish: 'turkey',
};
