/** A 👍 or 👎 on an answer the bot gave: which passage, not who or what they asked. */
export interface AnswerRating {
  itemId: string;
  paragraphIndexes: number[];
  rating: "up" | "down";
  ratedAt: Date;
}

/** Where answer ratings are kept. The database-backed store replaces the in-memory one. */
export interface AnswerRatingStore {
  record(rating: AnswerRating): Promise<void>;
  /** Count of 👍 and 👎 per item, for leaders and for tuning the search. */
  totals(): Promise<Map<string, { up: number; down: number }>>;
}

/** Keeps ratings in memory: the default until the feedback database exists. Lost on restart. */
export function createMemoryRatingStore(): AnswerRatingStore {
  const ratings: AnswerRating[] = [];
  return {
    async record(rating) {
      ratings.push(rating);
    },
    async totals() {
      const totals = new Map<string, { up: number; down: number }>();
      for (const { itemId, rating } of ratings) {
        const entry = totals.get(itemId) ?? { up: 0, down: 0 };
        entry[rating]++;
        totals.set(itemId, entry);
      }
      return totals;
    },
  };
}
