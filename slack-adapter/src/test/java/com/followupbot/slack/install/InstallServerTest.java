package com.followupbot.slack.install;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.slack.api.bolt.App;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InstallServerTest {

    private static final String TOKEN_ONE = "xoxb-1111-team-one-token-for-tests";
    private static final String TOKEN_TWO = "xoxb-2222-team-two-token-for-tests";

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final FakeSlack slack = new FakeSlack();
    private final JdbiInstallationService installations = new JdbiInstallationService(jdbi);
    private final HttpClient browser = HttpClient.newHttpClient(); // follows no redirects: we look at them
    private final ListAppender<ILoggingEvent> ourLogs = new ListAppender<>();
    private final Logger ourLogger = (Logger) LoggerFactory.getLogger("com.followupbot.slack.install");
    private App app;
    private InstallServer server;

    @BeforeEach
    void start() throws IOException {
        ourLogger.setLevel(Level.DEBUG);
        ourLogs.start();
        ourLogger.addAppender(ourLogs);
        SlackInstallSettings settings = SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "111.222",
                "SLACK_CLIENT_SECRET", "client-secret-for-tests", "SLACK_SIGNING_SECRET", "signing-secret",
                "SLACK_API_URL", slack.apiUrl()));
        app = SlackInstall.multiWorkspace(new App(SlackInstall.appConfig(settings)), installations,
                new JdbiOAuthStateService(jdbi, Clock.systemUTC()));
        server = InstallServer.start(app, 0);
        slack.installs("code-one", "T0ONE", TOKEN_ONE, "B0ONE");
        slack.installs("code-two", "T0TWO", TOKEN_TWO, "B0TWO");
    }

    @AfterEach
    void stop() {
        server.close();
        app.stop();
        slack.close();
        ourLogger.detachAppender(ourLogs);
        ourLogger.setLevel(null);
        // whatever happened, none of our log lines at any level carries a token or the client secret
        assertThat(ourLogs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("xoxb-") || line.contains("client-secret"));
    }

    @Test
    void installRedirectsToSlacksAuthorizePageWithAStoredState() throws Exception {
        HttpResponse<String> response = get("/slack/install", null);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://slack.com/oauth/v2/authorize?client_id=111.222&scope="
                + "chat%3Awrite%2Cim%3Awrite%2Cim%3Ahistory%2Cim%3Aread%2Ccommands%2Capp_mentions%3Aread%2Cusers%3Aread");
        String state = stateIn(location);
        assertThat(new JdbiOAuthStateService(jdbi, Clock.systemUTC()).isAvailableInDatabase(state)).isTrue();
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("slack-app-oauth-state=" + state + ";").contains("HttpOnly");
    }

    @Test
    void theRedirectFromSlackStoresTheInstallationAndUsesTheStateUp() throws Exception {
        String state = startInstall();

        HttpResponse<String> response = get("/slack/oauth_redirect?code=code-one&state=" + state, state);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Follow-Up Bot is installed").contains("slack://app?team=T0ONE&amp;id=A0APP");
        assertThat(slack.calls(postRequestedFor(urlEqualTo("/api/oauth.v2.access"))
                .withRequestBody(containing("code=code-one"))
                .withBasicAuth(new BasicCredentials("111.222", "client-secret-for-tests")))).isEqualTo(1);
        assertThat(installations.findBot(null, "T0ONE").getBotAccessToken()).isEqualTo(TOKEN_ONE);
        assertThat(installations.findBot(null, "T0ONE").getBotId()).isEqualTo("B0ONE");
        assertThat(installations.findInstaller(null, "T0ONE", "U0INSTALLER")).isNotNull();
        assertThat(new JdbiOAuthStateService(jdbi, Clock.systemUTC()).isAvailableInDatabase(state)).isFalse();
    }

    @Test
    void aUsedStateIsRefused() throws Exception {
        String state = startInstall();
        get("/slack/oauth_redirect?code=code-one&state=" + state, state);
        installations.deleteTeam("T0ONE");

        HttpResponse<String> again = get("/slack/oauth_redirect?code=code-one&state=" + state, state);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("not installed");
        assertThat(slack.oauthAccessCalls()).isEqualTo(1);
        assertThat(installations.findBot(null, "T0ONE")).isNull();
    }

    @Test
    void aForgedStateIsRefusedWithoutAskingSlack() throws Exception {
        HttpResponse<String> forged = get("/slack/oauth_redirect?code=code-one&state=forged", "forged");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(slack.oauthAccessCalls()).isZero();
        assertThat(installations.findBot(null, "T0ONE")).isNull();
    }

    @Test
    void aStateFromAnotherBrowserIsRefused() throws Exception {
        String state = startInstall();

        HttpResponse<String> noCookie = get("/slack/oauth_redirect?code=code-one&state=" + state, null);

        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(slack.oauthAccessCalls()).isZero();
    }

    @Test
    void aCodeSlackRefusesInstallsNothing() throws Exception {
        String state = startInstall();

        HttpResponse<String> response = get("/slack/oauth_redirect?code=stale-code&state=" + state, state);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_code");
        int bots = jdbi.withHandle(h -> h.createQuery("select count(*) from slack_bot").mapTo(Integer.class).one());
        assertThat(bots).isZero();
    }

    @Test
    void aSecondWorkspaceInstalledThroughTheSameServerGetsItsOwnToken() throws Exception {
        String first = startInstall();
        String second = startInstall();
        get("/slack/oauth_redirect?code=code-one&state=" + first, first);
        get("/slack/oauth_redirect?code=code-two&state=" + second, second);

        StoredWorkspaces workspaces = new StoredWorkspaces(installations);
        assertThat(workspaces.botToken("T0ONE")).contains(TOKEN_ONE);
        assertThat(workspaces.botToken("T0TWO")).contains(TOKEN_TWO);
        assertThat(installations.findBot(null, "T0TWO").getBotId()).isEqualTo("B0TWO");
    }

    @Test
    void otherPathsAndMethodsAreNotServed() throws Exception {
        assertThat(get("/slack/events", null).statusCode()).isEqualTo(404);
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(url("/slack/install"))
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private String startInstall() throws Exception {
        return stateIn(get("/slack/install", null).headers().firstValue("Location").orElseThrow());
    }

    /** A GET as the installer's browser sends it, with the state cookie that /slack/install set. */
    private HttpResponse<String> get(String path, String stateCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (stateCookie != null) {
            // The cookie is Secure, so a client on plain http would not send it back; a browser on https does.
            request.header("Cookie", "slack-app-oauth-state=" + stateCookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String stateIn(String authorizeUrl) {
        return OAuthHttpHandler.query(URI.create(authorizeUrl).getRawQuery()).get("state").get(0);
    }
}
