package com.followupbot.importing.internal;

import com.followupbot.importing.ContactFile;
import com.followupbot.importing.ImportedContact;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The contacts of a CSV. The header is looked for in the first lines, since LinkedIn's Connections.csv opens
 * with a few "Notes:" lines; the delimiter is the one under which the header names more known columns (a
 * comma, or Excel's semicolon where decimals take a comma, or a tab). Row numbers are the file's line numbers,
 * as a spreadsheet shows them.
 */
public final class CsvContacts {

    private static final int HEADER_SEARCH_LINES = 30;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvContacts() {
    }

    public static Optional<ContactFile.Contacts> read(String text) {
        String[] lines = text.split("\r\n|\r|\n", HEADER_SEARCH_LINES + 1);
        for (int line = 0; line < Math.min(lines.length, HEADER_SEARCH_LINES); line++) {
            Optional<Header> header = header(lines[line], line);
            if (header.isPresent()) {
                return Optional.of(rows(text, header.get()));
            }
        }
        return Optional.empty();
    }

    private record Header(int line, char delimiter, Columns columns) {
    }

    private static Optional<Header> header(String line, int index) {
        Header best = null;
        for (char delimiter : DELIMITERS) {
            Optional<Columns> columns = parseLine(line, delimiter).flatMap(Columns::of);
            if (columns.isPresent() && (best == null || columns.get().known() > best.columns().known())) {
                best = new Header(index, delimiter, columns.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<List<String>> parseLine(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(line, format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? Optional.of(records.next().toList()) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Optional.empty(); // a notes line with a stray quote: not the header
        }
    }

    private static ContactFile.Contacts rows(String text, Header header) {
        List<ImportedContact> contacts = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        String body = String.join("\n", text.lines().skip(header.line() + 1L).toList());
        LineNumbers lines = new LineNumbers(body, header.line() + 2);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format(header.delimiter()))) {
            Iterator<CSVRecord> records = parser.iterator();
            int next = header.line() + 2;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    // an unclosed quote swallows the rest of the file: the row it opened in is the broken one
                    unreadable.add(next);
                    break;
                }
                int row = lines.at(record.getCharacterPosition());
                next = row + 1;
                Optional<ImportedContact> contact = RowReader.contact(row, header.columns(), record.toList());
                if (contact.isPresent()) {
                    contacts.add(contact.get());
                } else if (!blank(record)) {
                    unreadable.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a CSV held in memory", e); // no file or network involved
        }
        return new ContactFile.Contacts(contacts, unreadable);
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get();
    }
}
