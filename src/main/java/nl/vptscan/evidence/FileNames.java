package nl.vptscan.evidence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans a file name from a client into one that is safe to store, show and offer for download: no folders, no
 * control or direction characters, none of the characters Windows forbids, at most {@value #MAX_LENGTH} characters,
 * and ending in the extension of what the file really is.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FORBIDDEN = "<>:\"/\\|?*";

    private FileNames() {
    }

    /** The ending after the last dot, lower case, or "" when the name has none that looks like one. */
    static String extension(String name) {
        if (name == null) {
            return "";
        }
        String base = lastSegment(name).strip();
        int dot = base.lastIndexOf('.');
        if (dot < 0 || dot == base.length() - 1) {
            return "";
        }
        String extension = base.substring(dot + 1);
        return extension.length() <= 5 && extension.chars().allMatch(Character::isLetterOrDigit)
                ? extension.toLowerCase(Locale.ROOT) : "";
    }

    /** The cleaned name of a file of this kind. */
    static String clean(String name, FileKind kind) {
        String base = Normalizer.normalize(lastSegment(name == null ? "" : name), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.SURROGATE
                    && FORBIDDEN.indexOf(c) < 0 && c != 0xFFFD) {
                out.appendCodePoint(c);
            }
        });
        String cleaned = out.toString().replaceAll(" {2,}", " ").strip();
        cleaned = cleaned.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        String extension = extension(cleaned);
        String stem = kind.fits(extension) ? cleaned.substring(0, cleaned.length() - extension.length() - 1) : cleaned;
        stem = stem.replaceAll("[. ]+$", "");
        if (stem.isEmpty()) {
            stem = "bijlage";
        }
        String ending = "." + (kind.fits(extension) ? extension.toLowerCase(Locale.ROOT) : kind.extension());
        int room = MAX_LENGTH - ending.length();
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
        }
        return stem + ending;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
