package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slack's markup read back as the plain words the user typed, and a mention's address dropped. */
class SlackTextTest {

    @Test
    void markupBecomesPlainText() {
        assertThat(SlackText.plain("Anna &amp; Co &lt;3 &gt; all")).isEqualTo("Anna & Co <3 > all");
        assertThat(SlackText.plain("met Anna at the <https://expo.example/2026|expo>")).isEqualTo("met Anna at the expo");
        assertThat(SlackText.plain("her site <https://acme.example>")).isEqualTo("her site https://acme.example");
        assertThat(SlackText.plain("mail <mailto:anna@acme.example|anna@acme.example> or <mailto:anna@acme.example>"))
                .isEqualTo("mail anna@acme.example or anna@acme.example");
        assertThat(SlackText.plain("ask <@U0MARCO> and <@U0LUCA|luca> in <#C0CHAPTER|bni-roma>"))
                .isEqualTo("ask @U0MARCO and @luca in #bni-roma");
        assertThat(SlackText.plain("<!here> <!subteam^S0TEAM|@chapter> <!date^1773337200^{date}|12 Mar 2026>"))
                .isEqualTo("@here @chapter 12 Mar 2026");
        assertThat(SlackText.plain("&amp;lt; stays as typed")).isEqualTo("&lt; stays as typed");
        assertThat(SlackText.plain(null)).isEmpty();
    }

    @Test
    void theBotsMentionAddressesItAndIsDropped() {
        assertThat(SlackText.withoutMentionOf("<@U0BOT> met Anna at the expo", "U0BOT")).isEqualTo("met Anna at the expo");
        assertThat(SlackText.withoutMentionOf("hey <@U0BOT|followup>, met Anna with <@U0MARCO>", "U0BOT"))
                .isEqualTo("hey , met Anna with <@U0MARCO>");
        assertThat(SlackText.withoutMentionOf("<@U0BOT2> met Anna", null)).as("bot unknown: the leading mention")
                .isEqualTo("met Anna");
    }

    @Test
    void slackCommandNamesAreTheCores() {
        assertThat(CommandNames.ofSlash("/followups")).isEqualTo("today");
        assertThat(CommandNames.ofSlash("/whois")).isEqualTo("who");
        assertThat(CommandNames.ofSlash("/MET")).isEqualTo("met");
        assertThat(CommandNames.rest("met  Anna Rossi at the expo ")).isEqualTo("Anna Rossi at the expo");
        assertThat(CommandNames.rest("help")).isEmpty();
    }
}
