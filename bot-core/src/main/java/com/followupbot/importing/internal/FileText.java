package com.followupbot.importing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An uploaded file as text: UTF-8 (with or without the byte-order mark Excel writes), else Windows-1252, which
 * is what Excel on Windows saves a "CSV" in; empty for a binary file (a picture, a zip, a spreadsheet's .xlsx),
 * recognised by NUL bytes or control characters that no text export has.
 */
public final class FileText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FileText() {
    }

    public static Optional<String> decode(byte[] content) {
        if (content == null || content.length == 0 || binary(content)) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** A NUL, or more than one control character in a hundred (tabs and line ends aside), in the first 8 KB. */
    private static boolean binary(byte[] content) {
        int sample = Math.min(content.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > sample;
    }
}
