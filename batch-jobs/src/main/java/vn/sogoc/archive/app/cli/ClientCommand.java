package vn.sogoc.archive.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.web.security.ApiClients;
import vn.sogoc.archive.app.web.security.Role;

/** {@code client create|list|revoke}: API keys of other systems that call the HTTP API. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Khóa API cho hệ thống khác / API keys of other systems",
        subcommands = {ClientCommand.Create.class, ClientCommand.ListClients.class, ClientCommand.Revoke.class})
class ClientCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Cấp khóa API (chỉ hiện một lần) / issue an API key (shown once)")
    static class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME") String name;
        @Option(names = "--role", defaultValue = "SYSTEM", paramLabel = "ROLE",
                description = "SYSTEM (mặc định), CLERK, ARCHIVIST, AUDITOR") String role;

        private final ApiClients clients;

        Create(ApiClients clients) {
            this.clients = clients;
        }

        @Override
        public Integer call() {
            ApiClients.Issued issued;
            try {
                issued = clients.create(name, Role.parse(role));
            } catch (IllegalArgumentException e) {
                System.err.println("Lỗi / Error: " + e.getMessage());
                return 1;
            }
            System.out.println("Client: " + issued.client().name() + "  vai trò / role: " + issued.client().role());
            System.out.println("Khóa API (lưu lại ngay, không hiện lại) / API key (store it now, it is not shown again):");
            System.out.println(issued.key());
            System.out.println("Dùng / use: curl -H '" + ApiClients.HEADER + ": " + issued.key() + "' http://127.0.0.1:8080/api/v1/...");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Danh sách client / list clients")
    static class ListClients implements Callable<Integer> {

        private final ApiClients clients;

        ListClients(ApiClients clients) {
            this.clients = clients;
        }

        @Override
        public Integer call() {
            for (ApiClients.Client c : clients.list()) {
                System.out.printf("%-30s %-9s sgk_%s_…  %s%s%n", c.name(), c.role(), c.keyPrefix(), c.createdAt(),
                        c.revokedAt() == null ? "" : "  THU HỒI / REVOKED " + c.revokedAt());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Thu hồi khóa / revoke a client's key")
    static class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "NAME") String name;

        private final ApiClients clients;

        Revoke(ApiClients clients) {
            this.clients = clients;
        }

        @Override
        public Integer call() {
            if (!clients.revoke(name)) {
                System.err.println(name + ": không có client đang hoạt động / no active client of that name");
                return 1;
            }
            System.out.println(name + ": đã thu hồi / revoked");
            return 0;
        }
    }
}
