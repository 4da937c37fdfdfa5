package org.dangjiandesk.model;

/**
 * A file attached to a progress entry: the name the user knew it by, the name of the copy in the data folder's
 * {@code attachments/} (relative to it), its kind and size in bytes.
 */
public record Attachment(Long id, Long entryId, String originalName, String storedName, AttachmentKind kind,
                         long sizeBytes) {
}
