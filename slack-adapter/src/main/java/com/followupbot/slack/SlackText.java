package com.followupbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, as plain text: Slack sends it with its markup ("Anna &amp; Co",
 * "&lt;https://acme.com|acme.com&gt;", "&lt;@U123&gt;"), and the core reads plain words. Links become their
 * label, mentions "@name", and the three escaped characters come back.
 */
final class SlackText {

    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private SlackText() {
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(plain, Matcher.quoteReplacement(readable(m.group(1))));
        }
        m.appendTail(plain);
        return plain.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The text without the mentions of {@code botUserId}, which only address the bot ("@bot met Anna" is "met Anna"). */
    static String withoutMentionOf(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        if (botUserId == null) {
            return text.replaceFirst("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>", "").strip(); // the mention that made it an app_mention
        }
        return text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", "").strip();
    }

    private static String readable(String markup) {
        int bar = markup.indexOf('|');
        String target = bar < 0 ? markup : markup.substring(0, bar);
        String label = bar < 0 ? null : markup.substring(bar + 1);
        if (target.startsWith("@") || target.startsWith("#")) {
            return target.charAt(0) + (label != null ? label.replaceFirst("^[@#]", "") : target.substring(1));
        }
        if (target.startsWith("!")) {
            // <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>
            return label != null ? label : "@" + target.substring(1).replaceFirst("\\^.*", "");
        }
        if (label != null) {
            return label;
        }
        return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
    }
}
