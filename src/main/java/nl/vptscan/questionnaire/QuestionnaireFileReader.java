package nl.vptscan.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A strict reader of a file beside the questionnaires: it names the file in every problem it raises. */
abstract class QuestionnaireFileReader extends YamlNodeReader<QuestionnaireException> {

    QuestionnaireFileReader(Path file) {
        super(file.toString());
    }

    @Override
    protected QuestionnaireException problem(String message) {
        return new QuestionnaireException(message);
    }

    /** The file's text (UTF-8). */
    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
