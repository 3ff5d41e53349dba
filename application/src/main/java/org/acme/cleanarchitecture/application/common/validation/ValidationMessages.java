package org.acme.cleanarchitecture.application.common.validation;

/**
 * Every message the requests' constraints and validators give, each written once. Messages say what
 * is expected and never repeat the value sent, which may be something private.
 */
public final class ValidationMessages {

  // sample:begin
  public static final String TITLE_REQUIRED = "The title is required.";
  public static final String TITLE_TOO_LONG = "The title must be at most {max} characters.";
  public static final String TITLE_TAKEN = "The title must be unique.";
  public static final String COLOUR_UNSUPPORTED =
      "The colour must be one of the palette's hex codes, such as #FF5733.";
  public static final String LIST_ID_REQUIRED = "The list id is required.";
  public static final String PRIORITY_REQUIRED = "The priority is required.";
  public static final String PRIORITY_OUT_OF_RANGE = "The priority must be between 0 and 3.";
  public static final String NOTE_TOO_LONG = "The note must be at most {max} characters.";
  public static final String PAGE_NUMBER_OUT_OF_RANGE =
      "The page number must be between 1 and 10000000.";
  public static final String PAGE_SIZE_OUT_OF_RANGE = "The page size must be between 1 and 100.";
  public static final String CURSOR_WITH_PAGE_NUMBER =
      "Send either a cursor or a page number, not both: the cursor already says where the page"
          + " starts.";
  public static final String CURSOR_MALFORMED =
      "The cursor must be a nextCursor this service returned, unchanged.";
  public static final String CURSOR_OF_ANOTHER_LIST =
      "The cursor belongs to the pages of another list.";
  // sample:end
  public static final String PASSWORD_REQUIRED = "The password is required.";
  public static final String PASSWORD_LENGTH_OUT_OF_RANGE =
      "The password must be between 12 and 128 characters.";
  public static final String PASSWORD_COMMON = "The password must not be a commonly used one.";
  public static final String PASSWORD_REPEATED =
      "The password must not be a shorter one repeated, such as abcabcabcabc.";
  public static final String PASSWORD_CONTAINS_EMAIL =
      "The password must have at least 12 characters besides the email address or its part"
          + " before the @.";
  public static final String EMAIL_REQUIRED = "The email address is required.";
  public static final String EMAIL_INVALID =
      "The email address must be a valid address of at most {max} characters.";
  public static final String EMAIL_TAKEN = "An account with this email address already exists.";
  public static final String CURRENT_PASSWORD_WRONG = "The current password is not correct.";
  public static final String REFRESH_TOKEN_REQUIRED = "The refresh token is required.";
  public static final String DAYS_OUT_OF_RANGE = "The number of days must be between 1 and 14.";
  public static final String IDEMPOTENCY_KEY_MALFORMED =
      "The Idempotency-Key must be 1 to 255 printable ASCII characters.";

  private ValidationMessages() {}
}
