package org.dangjiandesk.model;

/** The file types a progress entry may carry, recognised by their first bytes. */
public enum AttachmentKind {
    JPEG(true),
    PNG(true),
    GIF(true),
    PDF(false),
    /** .docx, .xlsx, .pptx (Office Open XML, a zip) */
    OFFICE_OPEN_XML(false),
    /** .doc, .xls, .ppt (OLE2 compound file) */
    OFFICE_LEGACY(false);

    private final boolean image;

    AttachmentKind(boolean image) {
        this.image = image;
    }

    /** True for photos, which are shown as thumbnails. */
    public boolean isImage() {
        return image;
    }
}
