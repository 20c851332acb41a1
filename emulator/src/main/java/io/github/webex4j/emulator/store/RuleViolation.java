package io.github.webex4j.emulator.store;

/**
 * A request broke a Webex rule. The HTTP layer turns it into a Webex-shaped error body with the
 * status of {@link #kind()}.
 */
public final class RuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The class of violation; each maps to one HTTP status. */
  public enum Kind {
    BAD_REQUEST(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    /** The HTTP status answered for this kind. */
    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final Integer errorCode;

  private RuleViolation(Kind kind, String message, Integer errorCode) {
    super(message, null, false, false);
    this.kind = kind;
    this.errorCode = errorCode;
  }

  private RuleViolation(Kind kind, String message) {
    this(kind, message, null);
  }

  /** The kind of violation. */
  public Kind kind() {
    return kind;
  }

  /** The {@code errors[].errorCode} the admin APIs add (e.g. 400216), or null for none. */
  public Integer errorCode() {
    return errorCode;
  }

  /** 400 with {@code message} and the admin API's {@code errorCode}. */
  public static RuleViolation badRequest(String message, int errorCode) {
    return new RuleViolation(Kind.BAD_REQUEST, message, errorCode);
  }

  /** 400 with {@code message}. */
  public static RuleViolation badRequest(String message) {
    return new RuleViolation(Kind.BAD_REQUEST, message);
  }

  /** 403 with {@code message}. */
  public static RuleViolation forbidden(String message) {
    return new RuleViolation(Kind.FORBIDDEN, message);
  }

  /** 404 with {@code message}. */
  public static RuleViolation notFound(String message) {
    return new RuleViolation(Kind.NOT_FOUND, message);
  }

  /** 409 with {@code message}. */
  public static RuleViolation conflict(String message) {
    return new RuleViolation(Kind.CONFLICT, message);
  }
}
