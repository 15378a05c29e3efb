// The version of the extraction rules. Bump it whenever a change to server/extract/ would read articles differently,
// so that `kg reextract` knows which stored articles were read by older rules. Articles stored before versions were
// recorded count as version 0.
export const EXTRACTOR_VERSION = 4;
