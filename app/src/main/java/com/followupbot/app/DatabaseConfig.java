package com.followupbot.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to reach PostgreSQL: a JDBC URL plus user and password (null when the URL or the server does not
 * need them). Quartz's pool needs them as separate properties, hence the split.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Reads {@code DATABASE_URL}: either a JDBC URL ({@code jdbc:postgresql://host/db?user=u&password=p})
     * or the libpq/Heroku form {@code postgres[ql]://user:password@host:port/db?sslmode=require}, whose
     * user and password are percent-decoded and whose query parameters are kept.
     */
    public static DatabaseConfig parse(String databaseUrl) {
        String url = Objects.requireNonNull(databaseUrl, "databaseUrl").strip();
        if (url.startsWith(JDBC_PREFIX)) {
            return new DatabaseConfig(url, queryParameter(url, "user"), queryParameter(url, "password"));
        }
        for (String scheme : new String[] {"postgres://", "postgresql://"}) {
            if (url.startsWith(scheme)) {
                return fromLibpqUrl(url.substring(scheme.length()));
            }
        }
        // never echo the value: it usually holds a password
        throw new IllegalArgumentException(
                "DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
    }

    private static DatabaseConfig fromLibpqUrl(String rest) {
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        String tail = rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@'); // a password may contain an unencoded '@'; the host part cannot
        String hosts = authority.substring(at + 1);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL names no host");
        }
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (tail.startsWith("#")) {
            tail = "";
        }
        return new DatabaseConfig("jdbc:postgresql://" + hosts + (tail.startsWith("/") ? tail : "/" + tail),
                emptyToNull(user), emptyToNull(password));
    }

    private static String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    /** Percent-decoding as in URIs: unlike form encoding, '+' stays a plus sign. */
    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The URL without its query (which may carry a password), for logs. */
    public String describe() {
        int query = jdbcUrl.indexOf('?');
        return (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) + (user == null ? "" : " as " + user);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + (password == null ? "" : ", password=****") + "]";
    }
}
