package com.followupbot.importing.internal;

import com.followupbot.importing.ImportedContact;
import com.followupbot.importing.internal.Columns.Field;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One CSV row as a contact; empty when it names nobody (no full, first or last name). */
final class RowReader {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ITALIAN));

    private RowReader() {
    }

    static Optional<ImportedContact> contact(int row, Columns columns, List<String> cells) {
        String name = Cells.clean(columns.cell(cells, Field.FULL_NAME));
        if (name == null) {
            name = Cells.clean(Stream.of(Field.FIRST_NAME, Field.MIDDLE_NAME, Field.LAST_NAME)
                    .map(f -> Cells.clean(columns.cell(cells, f))).filter(s -> s != null).collect(Collectors.joining(" ")));
        }
        if (name == null || !name.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new ImportedContact(row, name, Cells.clean(columns.cell(cells, Field.COMPANY)),
                Cells.clean(columns.cell(cells, Field.ROLE)), Cells.email(columns.cell(cells, Field.EMAIL)),
                Cells.first(columns.cell(cells, Field.PHONE)), Cells.clean(columns.cell(cells, Field.LINKEDIN)),
                date(columns.cell(cells, Field.CONNECTED_ON))));
    }

    /** LinkedIn writes "12 Mar 2026"; a sheet edited by hand may hold "2026-03-12" or "12/03/2026". */
    static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(cell.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // the next shape
            }
        }
        return null;
    }
}
