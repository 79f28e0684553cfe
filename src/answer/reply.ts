/**
 * A reply ready for any front end: the same content as plain text (terminal, `npm run ask`) and as
 * Telegram HTML (everything escaped), with buttons described by what they do, not by callback bytes.
 */
export type ButtonAction =
  | { readonly kind: 'entry'; readonly entryId: string }
  | { readonly kind: 'feedback'; readonly helpful: boolean; readonly entryId: string }
  | { readonly kind: 'deadline'; readonly stage: string }
  /** Under a clarify: none of the offered entries is what the user meant; hand the question to staff. */
  | { readonly kind: 'none-fits' };

export interface ReplyButton {
  readonly text: string;
  readonly action: ButtonAction;
}

export interface Reply {
  readonly text: string;
  readonly html: string;
  readonly buttons: readonly (readonly ReplyButton[])[];
}
