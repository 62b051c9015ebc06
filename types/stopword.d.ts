declare module "stopword" {
  /** Danish stopwords. */
  export const dan: string[];
  /** English stopwords. */
  export const eng: string[];
}
