package nl.vptscan.evidence;

import io.micronaut.http.HttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The response of an attachment download: its own content type, always as a download, never cached by others. */
public final class Downloads {

    private Downloads() {
    }

    public static HttpResponse<byte[]> of(AttachmentService.Download download) {
        Attachment attachment = download.attachment();
        String ascii = attachment.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(download.content()).contentType(attachment.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
