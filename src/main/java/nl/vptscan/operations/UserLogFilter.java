package nl.vptscan.operations;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.security.Principal;
import java.util.Map;

/** Once the login is checked, adds the user name to the log lines of the request (never the token). */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class UserLogFilter implements Ordered {

    @RequestFilter
    void user(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = request.getAttribute(RequestIdFilter.REQUEST_ID, String.class).orElse(null);
        String user = request.getUserPrincipal().map(Principal::getName).orElse(null);
        if (id == null || user == null) {
            return;
        }
        request.setAttribute(RequestIdFilter.USER, user);
        MdcPropagationContext mdc = new MdcPropagationContext(Map.of(RequestIdFilter.REQUEST_ID, id, RequestIdFilter.USER, user));
        context.getContext().find(MdcPropagationContext.class)
                .ifPresentOrElse(old -> context.replace(old, mdc), () -> context.add(mdc));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
