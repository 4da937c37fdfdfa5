package org.dangjiandesk.logic.brand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dangjiandesk.model.Attachment;
import org.dangjiandesk.model.AttachmentKind;

/**
 * The files attached to progress entries, copied into the data folder's {@code attachments/} folder (given by
 * the composition root) as {@code <project id>/<random>.<ext>}. A file is accepted only when its extension is
 * one of the photo and document types below <em>and</em> its first bytes say the same (a renamed program is
 * refused), and when it is not empty and not larger than the limit (20 MB by default).
 */
public final class AttachmentStore {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Map<String, AttachmentKind> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", AttachmentKind.JPEG), Map.entry("jpeg", AttachmentKind.JPEG),
            Map.entry("png", AttachmentKind.PNG), Map.entry("gif", AttachmentKind.GIF),
            Map.entry("pdf", AttachmentKind.PDF),
            Map.entry("docx", AttachmentKind.OFFICE_OPEN_XML), Map.entry("xlsx", AttachmentKind.OFFICE_OPEN_XML),
            Map.entry("pptx", AttachmentKind.OFFICE_OPEN_XML),
            Map.entry("doc", AttachmentKind.OFFICE_LEGACY), Map.entry("xls", AttachmentKind.OFFICE_LEGACY),
            Map.entry("ppt", AttachmentKind.OFFICE_LEGACY));

    private final Path folder;
    private final long maxBytes;

    public AttachmentStore(Path folder, long maxBytes) {
        this.folder = folder.toAbsolutePath();
        this.maxBytes = maxBytes;
    }

    public Path folder() {
        return folder;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Where the copy of an attachment lives. */
    public Path resolve(Attachment a) {
        return folder.resolve(a.storedName());
    }

    /**
     * Checks a file and copies it in.
     *
     * @throws BrandException when it is of an unaccepted type, not what its extension says, empty or too large
     */
    public Attachment copyIn(long projectId, Path source) {
        String name = source.getFileName().toString();
        AttachmentKind kind = check(source);
        String ext = extension(name);
        String stored = projectId + "/" + UUID.randomUUID() + "." + ext;
        Path target = folder.resolve(stored);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            return new Attachment(null, null, name, stored, kind, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy attachment " + name, e);
        }
    }

    /** Removes copies made for an entry that was then not saved. */
    void discard(Attachment a) {
        try {
            Files.deleteIfExists(resolve(a));
        } catch (IOException ignored) {
            // an orphan file in attachments/ harms nobody
        }
    }

    /** The kind of an acceptable file; refuses everything else with a reason. */
    public AttachmentKind check(Path source) {
        String name = source.getFileName().toString();
        AttachmentKind expected = BY_EXTENSION.get(extension(name));
        if (expected == null) {
            throw new BrandException("brand.error.attachment.type", name);
        }
        long size;
        byte[] head = new byte[8];
        int read;
        try {
            size = Files.size(source);
            try (InputStream in = Files.newInputStream(source)) {
                read = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new BrandException("brand.error.attachment.unreadable", name);
        }
        if (size == 0) {
            throw new BrandException("brand.error.attachment.empty", name);
        }
        if (size > maxBytes) {
            throw new BrandException("brand.error.attachment.tooLarge", name, megabytes(size), megabytes(maxBytes));
        }
        AttachmentKind actual = sniff(Arrays.copyOf(head, read));
        if (actual != expected) {
            throw new BrandException("brand.error.attachment.mismatch", name);
        }
        return actual;
    }

    /** The kind the first bytes reveal, or null. */
    static AttachmentKind sniff(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return AttachmentKind.JPEG;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return AttachmentKind.PNG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return AttachmentKind.GIF;
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return AttachmentKind.PDF;
        }
        if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return AttachmentKind.OFFICE_OPEN_XML;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return AttachmentKind.OFFICE_LEGACY;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
