package nl.vptscan.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** Every text a page shows: {@code i18n/messages.properties} (Dutch) and {@code messages_en.properties}. */
@Factory
class MessagesFactory {

    @Singleton
    MessageSource messages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
