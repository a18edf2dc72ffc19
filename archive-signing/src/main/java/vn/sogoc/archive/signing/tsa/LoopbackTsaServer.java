package vn.sogoc.archive.signing.tsa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;

/**
 * The demo timestamp authority served over HTTP on 127.0.0.1 (RFC 3161 "application/timestamp-query" in,
 * "application/timestamp-reply" out), for clients that reach a TSA by URL as in production (iText's
 * {@code TSAClientBouncyCastle}). BouncyCastle signs with the demo TSA key; token generation is serialized.
 * TCP_NODELAY is switched on (JDK property {@code sun.net.httpserver.nodelay}), which saves ~40 ms a request.
 */
public final class LoopbackTsaServer implements AutoCloseable {

    private static final int MAX_REQUEST = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final TimeStampResponseGenerator generator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private LoopbackTsaServer(HttpServer server, ExecutorService executor, TimeStampResponseGenerator generator,
                              Clock clock) {
        this.server = server;
        this.executor = executor;
        this.generator = generator;
        this.clock = clock;
    }

    /** Starts a TSA with {@code entry}'s key on 127.0.0.1:{@code port} (0 picks a free port). */
    public static LoopbackTsaServer start(Pkcs12KeyEntry entry, Clock clock, int port) throws IOException {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        TimeStampResponseGenerator generator = InProcessTsaClient.responseGenerator(entry, "loopback");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "loopback-tsa");
            t.setDaemon(true);
            return t;
        });
        LoopbackTsaServer tsa = new LoopbackTsaServer(server, executor, generator, clock);
        server.createContext("/tsa", tsa::handle);
        server.setExecutor(executor);
        server.start();
        return tsa;
    }

    /** The URL to give a TSA client, e.g. {@code http://127.0.0.1:40123/tsa}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_REQUEST + 1);
            }
            if (body.length > MAX_REQUEST) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            byte[] reply;
            try {
                TimeStampRequest request = new TimeStampRequest(body);
                TimeStampResponse response;
                synchronized (generator) {
                    response = generator.generate(request, new BigInteger(96, random), Date.from(clock.instant()));
                }
                reply = response.getEncoded();
            } catch (IOException | TSPException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
