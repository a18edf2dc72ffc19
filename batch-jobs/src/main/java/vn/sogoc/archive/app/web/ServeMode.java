package vn.sogoc.archive.app.web;

import java.util.List;

/**
 * Decides, before Spring starts, whether the command line asks for the web server ({@code serve}), and
 * passes {@code --port N} / {@code --address A} on as {@code server.port} / {@code server.address}
 * (the server starts before the command runs, so the options must be known first).
 */
public final class ServeMode {

    /** The default port of {@code bin/archive serve}. */
    public static final int DEFAULT_PORT = 8080;

    private ServeMode() { }

    /** True when the first argument (after the global {@code --home}) is {@code serve}. */
    public static boolean isServe(List<String> args) {
        return !args.isEmpty() && args.get(0).equals("serve");
    }

    /** Sets {@code server.port} and {@code server.address} from the serve command's options (defaults 8080, 127.0.0.1). */
    public static void prepare(List<String> args) {
        if (!isServe(args)) return;
        System.setProperty("server.port", option(args, "--port", Integer.toString(DEFAULT_PORT)));
        System.setProperty("server.address", option(args, "--address", "127.0.0.1"));
    }

    static String option(List<String> args, String name, String fallback) {
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) return args.get(i + 1);
            if (a.startsWith(name + "=")) return a.substring(name.length() + 1);
        }
        return fallback;
    }
}
