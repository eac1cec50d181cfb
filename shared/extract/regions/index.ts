/**
 * Region stage: finds every way a sentence names a province or kabupaten/kota (mentions.ts, over tokens.ts
 * and names.ts) and ranks the article's regions as hosts of the visit (hosts.ts). It reads no agencies:
 * loci adds their weight through `rankHostRegions`' boosts.
 */
export {
  addNicknameMentions,
  addTypoMentions,
  findRegionMentions,
  resolveAmbiguousMentions,
  type RegionMention,
} from './mentions.ts';
export { rankHostRegions, type HostCandidate } from './hosts.ts';
