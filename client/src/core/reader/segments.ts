// The article reader's text as paragraphs of pieces: plain text, mentions (each one piece, so that it is one
// clickable element) and quotes (a run of pieces with their speaker), the evidence sentence marked across them.
// Pure, so that the rules (what wins where spans overlap) are tested without a browser.

export interface Range {
  start: number;
  end: number;
}

export interface Piece extends Range {
  text: string;
  /** Index into the mentions given, when the piece is a mention. */
  mention?: number;
  /** Inside the sentence the reader was opened for (an edge's evidence). */
  evidence: boolean;
}

export interface Block {
  pieces: Piece[];
  /** Index into the quotes given, when the block is a quote. */
  quote?: number;
}

export interface Paragraph extends Range {
  blocks: Block[];
}

/** Ranges that overlap one kept before them (in text order) are dropped: the first claim on the text wins. */
function nonOverlapping<T extends Range>(items: readonly T[]): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || items[b]!.end - items[a]!.end);
  const kept: number[] = [];
  let reach = -1;
  for (const i of order) {
    const r = items[i]!;
    if (r.end <= r.start || r.start < reach) continue;
    kept.push(i);
    reach = r.end;
  }
  return kept;
}

const within = (r: Range, p: Range) => r.start >= p.start && r.end <= p.end;
const covers = (r: Range, a: number, b: number) => r.start <= a && b <= r.end;
const crosses = (r: Range, at: number) => r.start < at && at < r.end;

/** The paragraphs of a text: its lines with something on them, as the extractor reads paragraphs. */
export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Where the evidence sentence stands in the text (the first place it does), if it does. */
export function findSentence(text: string, sentence: string | null | undefined): Range | undefined {
  if (!sentence) return undefined;
  const at = text.indexOf(sentence);
  return at < 0 ? undefined : { start: at, end: at + sentence.length };
}

function piecesOf(text: string, para: Range, mentions: readonly Range[], ms: number[], cuts: number[], evidence?: Range): Piece[] {
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const mention = ms.find((i) => covers(mentions[i]!, a, b));
    const inEvidence = evidence ? covers(evidence, a, b) : false;
    const last = pieces.at(-1);
    // a mention stays one piece even where the evidence sentence's edge falls inside it
    if (mention !== undefined && last?.mention === mention) {
      last.end = b;
      last.text = text.slice(last.start, b);
      last.evidence ||= inEvidence;
      continue;
    }
    pieces.push({ start: a, end: b, text: text.slice(a, b), mention, evidence: inEvidence });
  }
  return pieces.filter((p) => within(p, para));
}

/** The text laid out for reading; mentions crossing a quote's edge are left plain (a quote stays one block). */
export function layoutText(text: string, mentions: readonly Range[], quotes: readonly Range[], evidence?: Range): Paragraph[] {
  const keptQuotes = nonOverlapping(quotes);
  const keptMentions = nonOverlapping(mentions).filter((i) => !keptQuotes.some((q) => crosses(mentions[i]!, quotes[q]!.start) || crosses(mentions[i]!, quotes[q]!.end)));
  return paragraphsOf(text).map((para) => {
    const ms = keptMentions.filter((i) => within(mentions[i]!, para));
    const qs = keptQuotes.filter((i) => within(quotes[i]!, para));
    const edges = [para.start, para.end, ...ms.flatMap((i) => [mentions[i]!.start, mentions[i]!.end]), ...qs.flatMap((i) => [quotes[i]!.start, quotes[i]!.end])];
    if (evidence) edges.push(Math.min(Math.max(evidence.start, para.start), para.end), Math.min(Math.max(evidence.end, para.start), para.end));
    const cuts = [...new Set(edges)].sort((a, b) => a - b);
    const blocks: Block[] = [];
    for (const piece of piecesOf(text, para, mentions, ms, cuts, evidence)) {
      const quote = qs.find((i) => within(piece, quotes[i]!));
      const last = blocks.at(-1);
      if (last && last.quote === quote) last.pieces.push(piece);
      else blocks.push({ pieces: [piece], quote });
    }
    return { ...para, blocks };
  });
}
