/** Every lexicon file on adversarial lines of 100,000 characters (npm test runs 20,000). */
import { ConceptMatcher, CONCEPTS, LEXICON_FILES } from '../../src/lexicon/index.js';
import { adversarialLines } from '../properties.js';

describe('lexicons stay linear on 100,000-character adversarial lines', function () {
  this.timeout(120_000);
  for (const concept of CONCEPTS) {
    for (const file of LEXICON_FILES[concept]) {
      it(`${file.lang}/${concept}.json`, () => {
        const whole = new ConceptMatcher(concept, [file]);
        for (const line of adversarialLines(100_000)) whole.find(line);
      });
    }
  }
});
