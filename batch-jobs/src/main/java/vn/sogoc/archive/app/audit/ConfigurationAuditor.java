package vn.sogoc.archive.app.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.text.Hashes;

/**
 * Records a {@code CONFIG_CHANGED} audit entry when the application starts (before any command runs) with an effective
 * configuration different from the last one recorded: the SHA-256 of every {@code archive.*} setting
 * (plus the database URL and user), the changed setting names, and the non-secret values. Secrets
 * (passwords, secret/access keys, PINs, tokens) are left out of the hash input entirely and never recorded.
 */
@Component
public class ConfigurationAuditor {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationAuditor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|access-?key|private|pin|token|credential).*");
    private static final List<String> PREFIXES = List.of("archive.", "spring.datasource.url", "spring.datasource.username");

    private final ConfigurableEnvironment environment;
    private final AuditTrail audit;
    private final AuditEntries entries;

    public ConfigurationAuditor(ConfigurableEnvironment environment, AuditTrail audit, AuditEntries entries) {
        this.environment = environment;
        this.audit = audit;
        this.entries = entries;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void recordIfChanged() {
        try {
            Map<String, String> now = relevantSettings(environment);
            String hash = hash(now);
            Map<String, String> before = new TreeMap<>();
            String beforeHash = null;
            var last = entries.latest(AuditActions.CONFIG_CHANGED);
            if (last.isPresent() && last.get().detailsJson() != null) {
                JsonNode d = JSON.readTree(last.get().detailsJson());
                beforeHash = d.path("config_sha256").asString(null);
                JsonNode settings = d.path("settings").isString() ? JSON.readTree(d.path("settings").asString()) : null;
                if (settings != null) settings.properties().forEach(e -> before.put(e.getKey(), e.getValue().asString()));
            }
            if (hash.equals(beforeHash)) return;
            List<String> changed = new ArrayList<>();
            now.forEach((k, v) -> { if (!v.equals(before.get(k))) changed.add(k); });
            before.keySet().forEach(k -> { if (!now.containsKey(k)) changed.add(k); });
            Map<String, String> details = new LinkedHashMap<>();
            details.put("config_sha256", hash);
            if (beforeHash != null) details.put("previous_sha256", beforeHash);
            details.put("changed", String.join(",", changed));
            details.put("settings", JSON.writeValueAsString(now));
            audit.append(new AuditEvent(AuditActions.CONFIG_CHANGED, Actors.current(), "configuration", hash.substring(0, 16),
                    null, details));
        } catch (RuntimeException e) {
            log.warn("could not compare the configuration with the last recorded one: {}", e.toString());
        }
    }

    /** The relevant, non-secret settings as the application resolved them (highest-precedence source wins). */
    static Map<String, String> relevantSettings(ConfigurableEnvironment environment) {
        Map<String, String> out = new TreeMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) continue;
            iterable.stream().forEach((ConfigurationPropertyName name) -> {
                String key = name.toString();
                if (out.containsKey(key) || SECRET.matcher(key).matches()) return;
                if (PREFIXES.stream().noneMatch(p -> p.endsWith(".") ? key.startsWith(p) : key.equals(p))) return;
                ConfigurationProperty p = source.getConfigurationProperty(name);
                if (p == null || p.getValue() == null) return;
                String value = environment.resolvePlaceholders(String.valueOf(p.getValue()));
                out.put(key, value);
            });
        }
        return out;
    }

    static String hash(Map<String, String> settings) {
        StringBuilder b = new StringBuilder();
        settings.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return Hashes.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
