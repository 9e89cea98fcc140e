import { expect, test } from 'vitest';
import { createRandom } from '../../../bench/fuzz/random';

const draw = (...seeds: number[]) => {
  const random = createRandom(...seeds);
  return Array.from({ length: 5 }, () => random.next());
};

test('the same seeds give the same numbers; other seeds or indexes give others', () => {
  expect(draw(7, 3)).toEqual(draw(7, 3));
  expect(draw(7, 3)).not.toEqual(draw(7, 4));
  expect(draw(7, 3)).not.toEqual(draw(8, 3));
});

test('numbers stay in range and spread over it', () => {
  const random = createRandom(42);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 4000; i++) {
    const x = random.next();
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(1);
    counts[random.below(4)]++;
  }
  for (const n of counts) expect(n).toBeGreaterThan(850);
  expect(['a', 'b']).toContain(random.pick(['a', 'b']));
});
