package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;

import java.util.Map;

/** Adds what every page's layout needs: language, current path, the logged-in user and the form token. */
@Singleton
final class PageModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final CsrfTokens csrf;

    PageModelProcessor(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> {
            String lang = Pages.lang(request);
            model.putIfAbsent("lang", lang);
            model.putIfAbsent("otherLang", "en".equals(lang) ? "nl" : "en");
            model.putIfAbsent("path", request.getPath());
            request.getUserPrincipal(Authentication.class).map(Caller::of).ifPresent(c -> model.putIfAbsent("user", c));
            csrf.token(request).ifPresent(token -> model.putIfAbsent("csrf", token));
        });
    }
}
