package com.followupbot.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * How to reach PostgreSQL: a JDBC URL plus user and password (null when the URL or the server does not
 * need them). Quartz's pool needs them as separate properties, hence the split.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final String EXAMPLE =
            "Use postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database?user=…&password=…";
    private static final Pattern JDBC_KIND = Pattern.compile("jdbc:([a-z][a-z0-9]{0,19}):", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]{0,19})://", Pattern.CASE_INSENSITIVE);

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Reads {@code DATABASE_URL}: either a JDBC URL ({@code jdbc:postgresql://host/db?user=u&password=p})
     * or the libpq/Heroku form {@code postgres[ql]://user:password@host:port/db?sslmode=require}, whose
     * user and password are percent-decoded and whose query parameters are kept.
     *
     * @throws IllegalArgumentException with a one-line message that starts with {@code DATABASE_URL:} and
     *     never repeats the value, which usually holds a password
     */
    public static DatabaseConfig parse(String databaseUrl) {
        String url = Objects.requireNonNull(databaseUrl, "databaseUrl").strip();
        DatabaseConfig config = null;
        if (url.startsWith(JDBC_PREFIX)) {
            config = new DatabaseConfig(url, queryParameter(url, "user"), queryParameter(url, "password"));
            if (url.startsWith(JDBC_PREFIX + "//")) {
                String rest = url.substring(JDBC_PREFIX.length() + 2);
                int hostsEnd = indexOfAny(rest, "/?#");
                if (hostsEnd == rest.length() || rest.charAt(hostsEnd) != '/') {
                    throw invalid("a / and the database name must follow the host (jdbc:postgresql://host:5432/database)");
                }
                checkHosts(rest.substring(0, hostsEnd), true);
            }
        }
        for (String scheme : new String[] {"postgres://", "postgresql://"}) {
            if (url.startsWith(scheme)) {
                config = fromLibpqUrl(url.substring(scheme.length()));
            }
        }
        if (config == null) {
            throw invalid(otherKind(url));
        }
        if (Driver.parseURL(config.jdbcUrl(), null) == null) {
            throw invalid("the PostgreSQL driver cannot read it");
        }
        return config;
    }

    /** What the URL is instead of PostgreSQL's, naming at most its scheme: the rest may be a password. */
    private static String otherKind(String url) {
        Matcher jdbc = JDBC_KIND.matcher(url);
        if (jdbc.lookingAt()) {
            return "jdbc:" + jdbc.group(1) + " names another kind of database; Follow-Up Bot needs PostgreSQL";
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.lookingAt()) {
            return scheme.group(1) + ":// is not a PostgreSQL URL";
        }
        return "not a PostgreSQL URL";
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("DATABASE_URL: " + problem + ". " + EXAMPLE);
    }

    private static DatabaseConfig fromLibpqUrl(String rest) {
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        String tail = rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@'); // a password may contain an unencoded '@'; the host part cannot
        String hosts = authority.substring(at + 1);
        checkHosts(hosts, false);
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

    /**
     * {@code host[:port][,host[:port]…]}, IPv6 hosts in brackets. The driver would print a warning of its
     * own on a bad port; this says it in the launcher's one line instead.
     */
    private static void checkHosts(String hosts, boolean emptyMeansLocalhost) {
        if (hosts.isEmpty() && emptyMeansLocalhost) {
            return;
        }
        for (String host : hosts.split(",", -1)) {
            int portColon = host.startsWith("[") ? host.indexOf(':', Math.max(host.indexOf(']'), 0)) : host.lastIndexOf(':');
            String name = portColon < 0 ? host : host.substring(0, portColon);
            if (name.isEmpty()) {
                throw invalid("the URL names no host");
            }
            if (portColon >= 0 && !isPort(host.substring(portColon + 1))) {
                throw invalid("the port is not a number from 1 to 65535 (in a password, write / ? # as %2F %3F %23)");
            }
        }
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int number = Integer.parseInt(port);
        return number >= 1 && number <= 65535;
    }

    /**
     * This URL with the driver's own limits on opening a connection (TCP connect, then SSL and login) set to
     * {@code limit} where it does not set them itself. Without them pgjdbc waits on a server that accepts
     * but never answers for as long as the JVM-wide login timeout says, which any pool may set (Quartz's
     * leaves it at 30 s), and a pool's close waits with it. A value in the URL wins.
     */
    public DatabaseConfig withConnectLimits(java.time.Duration limit) {
        String url = jdbcUrl;
        for (String name : new String[] {"connectTimeout", "loginTimeout"}) {
            if (queryParameter(url, name) == null) {
                url += (url.indexOf('?') < 0 ? "?" : "&") + name + "=" + Math.max(1, limit.toSeconds());
            }
        }
        return new DatabaseConfig(url, user, password);
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
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // its message quotes the value
            throw invalid("a % in the user or password must be followed by two hex digits (write % itself as %25)");
        }
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

    /** The host(s) and port(s) the URL names, for messages: {@code db.example:5432}, or localhost when it names none. */
    public String server() {
        if (!jdbcUrl.startsWith(JDBC_PREFIX + "//")) {
            return "localhost";
        }
        String rest = jdbcUrl.substring(JDBC_PREFIX.length() + 2);
        String hosts = rest.substring(0, indexOfAny(rest, "/?#"));
        return hosts.isEmpty() ? "localhost" : hosts;
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
