package nl.vptscan.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.messageresolver.StandardMessageResolver;

import java.util.HashMap;
import java.util.Map;

/**
 * Page texts ({@code #{...}}) read exactly as {@link Texts} reads them: formatted once. The views module's own
 * resolver formats a message and then interpolates the result again, which eats the apostrophe of "Regio's" and
 * "euro's" (written doubled in the bundle, as the message format wants).
 */
@Singleton
final class PageMessageResolver implements BeanCreatedEventListener<TemplateEngine> {

    private final MessageSource messages;

    PageMessageResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.setMessageResolver(new Resolver(messages));
        return engine;
    }

    private static final class Resolver extends AbstractMessageResolver {

        private final MessageSource messages;
        private final StandardMessageResolver absent = new StandardMessageResolver();

        Resolver(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; args != null && i < args.length; i++) {
                values.put(String.valueOf(i), args[i]);
            }
            return messages.getMessage(key, MessageSource.MessageContext.of(context.getLocale(), values)).orElse(null);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return absent.createAbsentMessageRepresentation(context, origin, key, args);
        }
    }
}
