package vn.sogoc.archive.app.audit;

/**
 * Who is acting, for the audit trail: the signed-in user or system client when the web layer has set
 * one on this thread, otherwise the operating-system user running the command line.
 */
public final class Actors {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Actors() { }

    public static String current() {
        String a = CURRENT.get();
        return a != null ? a : "cli:" + System.getProperty("user.name", "unknown");
    }

    /** Sets the actor for this thread (the web layer does this per request); null clears it. */
    public static void set(String actor) {
        if (actor == null) CURRENT.remove(); else CURRENT.set(actor);
    }
}
