/** Layout options shared by body elements. */
export interface ElementLayout {
  /**
   * The element's id. On a reply to a question the body's first element carries the reply's kind
   * (`answer`, `structure`, `choices`, `not-found`), which the evaluation reads.
   */
  id?: string;
  spacing?: "None" | "Small" | "Default" | "Medium" | "Large";
  separator?: boolean;
}
