package nl.vptscan.evidence;

import java.util.List;
import java.util.Locale;

/** The kinds of document accepted as evidence, each with the content type it is served as and its file name endings. */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    DOC("application/msword", List.of("doc")),
    XLS("application/vnd.ms-excel", List.of("xls")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif"));

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The usual file name ending, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a file name ending (without the dot, any case) belongs to this kind. */
    boolean fits(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether any kind uses this file name ending. */
    static boolean known(String extension) {
        for (FileKind kind : values()) {
            if (kind.fits(extension)) {
                return true;
            }
        }
        return false;
    }
}
