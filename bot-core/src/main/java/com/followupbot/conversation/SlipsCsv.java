package com.followupbot.conversation;

import com.followupbot.stats.Slip;
import com.followupbot.user.User;
import java.util.List;
import java.util.Locale;

/**
 * The week's slips as one CSV for a chapter's secretary, in the columns BNI's three slips share: one row per
 * slip, its kind in the first column. One file rather than one per kind: a single attachment a week, opened in
 * one go, filtered by the first column in Excel or Sheets; a kind with no slips simply has no rows. Columns a
 * kind does not have stay empty. Written as a {@link SpreadsheetCsv}; dates are ISO (2026-03-12), which every
 * Excel reads as a date.
 */
final class SlipsCsv {

    static final char BOM = SpreadsheetCsv.BOM;
    static final List<String> COLUMNS = List.of("slip", "date", "from", "to", "prospect", "company", "phone", "email",
            "temperature", "amount", "currency", "business", "notes");

    private final Replies replies;

    SlipsCsv(Replies replies) {
        this.replies = replies;
    }

    byte[] write(User user, List<Slip> slips) {
        Locale locale = user.speaks().locale();
        return SpreadsheetCsv.write(locale, COLUMNS.stream().map(c -> replies.text(user, "slips.column." + c)).toList(),
                slips.stream().map(slip -> row(user, slip, locale)).toList());
    }

    static char delimiter(Locale locale) {
        return SpreadsheetCsv.delimiter(locale);
    }

    static String defused(String cell) {
        return SpreadsheetCsv.defused(cell);
    }

    private List<String> row(User user, Slip s, Locale locale) {
        return java.util.Arrays.asList(replies.text(user, "slips.kind." + s.kind()), s.date().toString(),
                user.displayName(), s.partner(), s.prospect(), s.company(), s.phone(), s.email(),
                s.temperature() == null ? "" : replies.text(user, "referral.temperature." + s.temperature().json()),
                SpreadsheetCsv.amount(s.amount(), locale), s.currency(),
                "", // new or repeat business: the bot is not told which, so the member fills it in
                s.notes());
    }
}
