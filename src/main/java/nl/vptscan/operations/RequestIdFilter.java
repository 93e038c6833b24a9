package nl.vptscan.operations;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, before anything else runs: the caller's {@code X-Request-Id} when it is a sane
 * value, else a new one. The id goes into every log line of the request and back in the response header, and the
 * request ends with one log line (method, path, status, time; never a query, body or header).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String USER = "user";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String STARTED = RequestIdFilter.class.getName() + ".started";
    private static final Logger LOG = LoggerFactory.getLogger("nl.vptscan.request");

    @RequestFilter
    void start(HttpRequest<?> request, MutablePropagatedContext context) {
        String sent = request.getHeaders().get(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        context.add(new MdcPropagationContext(Map.of(REQUEST_ID, id)));
    }

    @ResponseFilter
    void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(REQUEST_ID, String.class).orElse(null);
        if (id == null) {
            return;
        }
        response.header(HEADER, id);
        long millis = request.getAttribute(STARTED, Long.class).map(t -> (System.nanoTime() - t) / 1_000_000).orElse(-1L);
        Map<String, String> before = MDC.getCopyOfContextMap();
        try {
            MDC.put(REQUEST_ID, id);
            request.getAttribute(USER, String.class).ifPresent(user -> MDC.put(USER, user));
            LOG.info("{} {} {} {} ms", request.getMethodName(), request.getPath(), response.code(), millis);
        } finally {
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
