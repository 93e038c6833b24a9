package nl.vptscan.questionnaire;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/** Writes an answer value in JSON as the API has always shown it: a string, a number, a date string or a list. */
@Singleton
final class AnswerValueSerializer implements Serializer<AnswerValue> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends AnswerValue> type,
                          AnswerValue value) throws IOException {
        if (value instanceof AnswerValue.NumberValue number) {
            encoder.encodeDouble(number.number());
        } else if (value instanceof AnswerValue.Percentage percentage) {
            encoder.encodeDouble(percentage.percent());
        } else if (value instanceof AnswerValue.Choices choices) {
            Encoder array = encoder.encodeArray(Argument.listOf(String.class));
            for (String option : choices.options()) {
                array.encodeString(option);
            }
            array.finishStructure();
        } else {
            encoder.encodeString(String.valueOf(value.json()));
        }
    }

    @Override
    public boolean isEmpty(EncoderContext context, AnswerValue value) {
        return value == null;
    }
}
