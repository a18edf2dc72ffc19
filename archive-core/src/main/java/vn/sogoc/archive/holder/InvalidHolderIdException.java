package vn.sogoc.archive.holder;

/** A holder identifier that is neither a citizen ID nor an enterprise or branch code; the message says why. */
public final class InvalidHolderIdException extends IllegalArgumentException {

    private final String value;

    public InvalidHolderIdException(String value, String reason) {
        super("Mã chủ thể không hợp lệ / invalid holder ID '" + value + "': " + reason);
        this.value = value;
    }

    /** The value that was refused, as given. */
    public String value() {
        return value;
    }
}
