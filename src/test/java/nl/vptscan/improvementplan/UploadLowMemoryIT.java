package nl.vptscan.improvementplan;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs in its own failsafe execution with {@code -Xmx256m}: the service in this JVM refuses workbooks built to
 * exhaust memory with a 400 in bounded time, through the API and through the plan page, and afterwards still
 * answers {@code /health} and takes a valid plan back.
 */
@MicronautTest(transactional = false)
// the machine these tests share is often busy; a refusal still has to come within BOUND
@Property(name = "micronaut.http.client.read-timeout", value = "30s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadLowMemoryIT {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static Long assessment;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    /** One submitted assessment with a plan, shared by the tests of this class. */
    private long assessment() {
        if (assessment == null) {
            assessment = new PlanFixture(client.toBlocking()).submittedWithPlan("Gemeente Krap Geheugen");
        }
        return assessment;
    }

    static Stream<Arguments> hostileWorkbooks() {
        return Stream.of(
                hostile("905 rows of 1,400 cells (30 MB unpacked)", id -> HostileWorkbooks.of(id)
                        .with(HostileWorkbooks.SHEET, HostileWorkbooks.numberRows(905, 1400))),
                hostile("450 rows of 1,400 cells (15 MB unpacked)", id -> HostileWorkbooks.of(id)
                        .with(HostileWorkbooks.SHEET, HostileWorkbooks.numberRows(450, 1400))),
                hostile("60,000 small rows", id -> HostileWorkbooks.of(id)
                        .with(HostileWorkbooks.SHEET, HostileWorkbooks.numberRows(60_000, 1))),
                hostile("150,000 shared strings", id -> HostileWorkbooks.of(id)
                        .with(HostileWorkbooks.SHARED_STRINGS, HostileWorkbooks.sharedStrings(150_000))),
                hostile("one cell of 3,000,000 characters", id -> HostileWorkbooks.of(id)
                        .with(HostileWorkbooks.SHEET, HostileWorkbooks.giantCell(3_000_000))));
    }

    /** A named hostile workbook, made for the assessment the test uses. */
    interface Hostile {
        HostileWorkbooks make(long assessment);
    }

    private static Arguments hostile(String name, Hostile workbook) {
        return Arguments.of(name, workbook);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void apiRefusesHostileWorkbookWith400InBoundedTime(String name, Hostile workbook) {
        byte[] upload = workbook.make(assessment()).bytes();
        HttpClientResponseException e = timed(name + " (" + upload.length + " bytes)", () -> assertThrowsResponse(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/assessments/" + assessment() + "/plan.xlsx", upload)
                        .contentType(MediaType.of(PlanController.XLSX)), String.class)));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), name);
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("Workbook refused"), body);
        assertEquals("application/problem+json", e.getResponse().getContentType().map(MediaType::toString).orElse(""));
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void pageRefusesHostileWorkbookWith400InBoundedTime(String name, Hostile workbook) throws Exception {
        byte[] upload = workbook.make(assessment()).bytes();
        java.net.http.HttpResponse<String> response = timed(name, () -> pageUpload(upload));
        assertEquals(400, response.statusCode(), name);
        assertTrue(response.body().contains("<html"), "the plan page with the refusal");
    }

    @Order(3)
    @Test
    void healthAnswersAndAValidPlanStillUploadsAfterwards() {
        System.gc();
        long start = System.nanoTime();
        assertEquals(HttpStatus.OK, client.toBlocking().exchange(HttpRequest.GET("/health")
                .header(AdminLoginFilter.ANONYMOUS, "yes"), String.class).getStatus());
        System.out.printf("BENCH after the hostile uploads: /health in %d ms, heap used after GC %.1f MB%n",
                (System.nanoTime() - start) / 1_000_000, heapUsed() / (1024.0 * 1024));
        PlanFixture fixture = new PlanFixture(client.toBlocking());
        byte[] plan = fixture.download(assessment(), "nl");
        Map<?, ?> summary = upload(plan);
        assertEquals(fixture.plan(assessment()).size(), ((Number) summary.get("rows")).intValue());
        bench(plan);
    }

    /** Prints the time and heap of taking back a normal plan; a figure for the record, not an assertion. */
    private void bench(byte[] plan) {
        for (int i = 0; i < 5; i++) {
            upload(plan);
        }
        long[] millis = new long[15];
        long allocated = 0;
        long peak = 0;
        for (int i = 0; i < millis.length; i++) {
            System.gc();
            long base = heapUsed();
            resetPeaks();
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            upload(plan);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated += allocatedBytes() - allocatedBefore;
            peak = Math.max(peak, peakHeap() - base);
        }
        Arrays.sort(millis);
        System.out.printf("BENCH plan upload (%d bytes, %d actions, %s, -Xmx%d MB): median %d ms, max %d ms, "
                        + "allocated %.1f MB per upload (all threads), peak heap above idle %.1f MB%n",
                plan.length, new PlanFixture(client.toBlocking()).plan(assessment()).size(),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), millis[millis.length / 2], millis[millis.length - 1],
                allocated / (double) millis.length / (1024 * 1024), peak / (1024.0 * 1024));
    }

    private Map<?, ?> upload(byte[] workbook) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/assessments/" + assessment() + "/plan.xlsx", workbook)
                .contentType(MediaType.of(PlanController.XLSX)), Map.class);
    }

    private java.net.http.HttpResponse<String> pageUpload(byte[] workbook) {
        try {
            String jwt = AdminLoginFilter.login(server.getURI(), "test-admin", "lange-beheerder-wachtzin-2026");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String start = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/"))
                    .header("Cookie", "JWT=" + jwt).header("Accept", "text/html").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(start);
            assertTrue(csrf.find(), "a form token on the start page");
            String boundary = "----hostile";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\n"
                    + "Content-Type: " + PlanController.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(workbook);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(java.net.http.HttpRequest.newBuilder(
                            server.getURI().resolve("/beoordelingen/" + assessment() + "/plan/import"))
                    .header("Cookie", "JWT=" + jwt).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T timed(String name, Supplier<T> call) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(BOUND, call::get, () -> name + " took longer than " + BOUND);
        System.out.printf("BENCH refused %s in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static HttpClientResponseException assertThrowsResponse(Runnable call) {
        try {
            call.run();
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the upload was accepted");
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }
}
