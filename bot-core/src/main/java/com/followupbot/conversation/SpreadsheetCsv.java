package com.followupbot.conversation;

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
 * A CSV that Excel opens right in the user's language (the slips, the data export): UTF-8 with a byte-order
 * mark (without it Excel reads "Caffè" as "CaffÃ¨"), CRLF line ends, and where the language writes decimals
 * with a comma (Italian) semicolons between fields and commas in amounts, as Excel expects there when the file
 * is double-clicked. Text from other people's messages may reach a cell, so a cell Excel would run as a
 * formula ("=HYPERLINK(…)", "@SUM(…)") is defused with a leading apostrophe, as OWASP advises against CSV
 * injection; phone numbers such as "+39 333 1234567" stay as they are.
 */
final class SpreadsheetCsv {

    static final char BOM = '\uFEFF';

    private SpreadsheetCsv() {
    }

    /** The file: {@code headers}, then the rows, each cell defused. */
    static byte[] write(Locale locale, List<String> headers, List<List<String>> rows) {
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(locale))
                .setHeader(headers.toArray(String[]::new)).get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV in memory", e); // no file or network involved
        }
        return bytes.toByteArray();
    }

    /** An amount as the language writes it in a spreadsheet: "2500.00" or "2500,00". */
    static String amount(BigDecimal amount, Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return amount == null ? "" : amount.toPlainString().replace('.', decimal);
    }

    /** Excel's list separator: a semicolon where the comma is the decimal separator. */
    static char delimiter(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    private static String cell(String value) {
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
