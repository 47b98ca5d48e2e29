/**
 * The weights of label placement (place.ts): what a label may cost before it is dropped, and
 * how one place is preferred to another. Ranks are in the units of spots.ts (a step down the
 * sides is 1; going away from the node starts at 16, each ring farther 4 more).
 */
/** A link written across costs this much rank: more than a side, less than going away. */
export const CROSSING = 1;
/** The clear places per label whose links crossed are counted, and what the rest are assumed to cross. */
export const SCORED = 24;
export const UNSCORED = 8;
/** The cheapest places per label that the joint search weighs (100 each would slow it). */
export const SEARCH_OPTIONS = 16;
/**
 * The longest leader, as a share of the screen's smaller side: on a phone a name a third of
 * the graph away from its node reads as another node's.
 */
export const REACH = 0.2;
/** ... but leaders may always reach this far: on a phone the letter's name must clear its disc. */
export const MIN_REACH = 100;
/**
 * A label away from its node near another hub (within AWAY_CLEARANCE pixels plus AWAY_SHARE
 * of its distance from its own node) costs NEAR_HUB rank for each: it would read as that
 * one's name, the leader line notwithstanding. (Small nodes it only must not cover: a name
 * above the letter's disc of signatories is near many.)
 */
export const AWAY_CLEARANCE = 6;
export const AWAY_SHARE = 0.25;
export const NEAR_HUB = 8;
/** The most small nodes a hub's name may cover (none is best; a few beside a dense hub do). */
export const MAX_COVER = 3;
/** A map of this many shapes or fewer lets any name go away from its node (the minimal example: 3). */
export const FEW_AWAY = 6;
