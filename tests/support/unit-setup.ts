// Run before each unit file. The unit tier shares each worker's modules between files (isolate: false in
// vitest.config.ts, for speed), so state a file may change is reset here: every file starts with the tagger the
// product uses, loaded on first use; a file that tests the rules alone calls rulesOnly() (tests/extract/helpers.ts).
import { beforeAll } from 'vitest';
import { resetTagger } from '../../server/extract/tagger.ts';

const productTagger = () => {
  delete process.env.EXTRACT_NO_TAGGER;
  resetTagger();
};
productTagger(); // before the file is collected
beforeAll(productTagger);
