package com.followupbot.conversation;

import com.followupbot.stats.Slip;
import com.followupbot.user.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The week's slips as one CSV for a chapter's secretary, in the columns BNI's three slips share: one row per
 * slip, its kind in the first column. One file rather than one per kind: a single attachment a week, opened in
 * one go, filtered by the first column in Excel or Sheets; a kind with no slips simply has no rows. Columns a
 * kind does not have stay empty.
 *
 * <p>Made for Excel as the user's language sets it up: UTF-8 with a byte-order mark (without it Excel reads
 * "Caffè" as "CaffÃ¨"), CRLF line ends, and where the language writes decimals with a comma (Italian) the
 * fields are separated by semicolons and amounts use the comma, which is what Excel expects there when the
 * file is double-clicked. Dates are ISO (2026-03-12), which every Excel reads as a date.
 *
 * <p>Names and needs come partly from other members' messages (the giver's words on a received referral), so a
 * cell that Excel would run as a formula ("=HYPERLINK(…)", "@SUM(…)") is defused with a leading apostrophe, as
 * OWASP advises against CSV injection; phone numbers such as "+39 333 1234567" stay as they are.
 */
final class SlipsCsv {

    static final char BOM = '\uFEFF';
    static final List<String> COLUMNS = List.of("slip", "date", "from", "to", "prospect", "company", "phone", "email",
            "temperature", "amount", "currency", "business", "notes");

    private final Replies replies;

    SlipsCsv(Replies replies) {
        this.replies = replies;
    }

    byte[] write(User user, List<Slip> slips) {
        char decimal = DecimalFormatSymbols.getInstance(user.speaks().locale()).getDecimalSeparator();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(user.speaks().locale()))
                .setHeader(COLUMNS.stream().map(c -> replies.text(user, "slips.column." + c)).toArray(String[]::new)).get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (Slip slip : slips) {
                    printer.printRecord(row(user, slip, decimal));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV in memory", e); // no file or network involved
        }
        return bytes.toByteArray();
    }

    /** Excel's list separator: a semicolon where the comma is the decimal separator. */
    static char delimiter(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    private List<String> row(User user, Slip s, char decimal) {
        return List.of(replies.text(user, "slips.kind." + s.kind()), s.date().toString(),
                orEmpty(user.displayName()), orEmpty(s.partner()), orEmpty(s.prospect()), orEmpty(s.company()),
                orEmpty(s.phone()), orEmpty(s.email()),
                s.temperature() == null ? "" : replies.text(user, "referral.temperature." + s.temperature().json()),
                amount(s.amount(), decimal), orEmpty(s.currency()),
                "", // new or repeat business: the bot is not told which, so the member fills it in
                orEmpty(s.notes()));
    }

    private static String amount(BigDecimal amount, char decimal) {
        return amount == null ? "" : amount.toPlainString().replace('.', decimal);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : defused(value);
    }

    /** The cell, with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String defused(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || (first == '+' || first == '-') && !cell.matches("[+-][0-9 ./()-]*");
        return formula ? "'" + cell : cell;
    }
}
