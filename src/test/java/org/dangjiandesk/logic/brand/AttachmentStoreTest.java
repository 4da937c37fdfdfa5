package org.dangjiandesk.logic.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.Attachment;
import org.dangjiandesk.model.AttachmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    @TempDir Path files;
    @TempDir Path store;

    private final ErrorTexts texts = new ErrorTexts(Messages.chinese());

    @Test
    void aPhoto_isCopiedIntoTheProjectsFolder() throws Exception {
        Path photo = Files.write(files.resolve("活动照片.PNG"), PNG);

        Attachment a = new AttachmentStore(store, 1024).copyIn(42, photo);

        assertThat(a.kind()).isEqualTo(AttachmentKind.PNG);
        assertThat(a.originalName()).isEqualTo("活动照片.PNG");
        assertThat(a.storedName()).startsWith("42/").endsWith(".png");
        assertThat(Files.readAllBytes(store.resolve(a.storedName()))).isEqualTo(PNG);
    }

    @Test
    void aProgramRenamedToJpg_isRefusedByItsFirstBytes() throws Exception {
        Path fake = Files.write(files.resolve("照片.jpg"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        assertThatThrownBy(() -> new AttachmentStore(store, 1024).copyIn(1, fake))
                .satisfies(e -> assertThat(texts.describe(e))
                        .isEqualTo("附件「照片.jpg」的内容与扩展名不符（可能被改过扩展名），未添加。"));
        assertThat(store).isEmptyDirectory();
    }

    @Test
    void anUnsupportedExtension_anEmptyFile_andAnOversizedFile_areRefused() throws Exception {
        Path exe = Files.write(files.resolve("setup.exe"), new byte[] {'M', 'Z'});
        Path empty = Files.write(files.resolve("空.pdf"), new byte[0]);
        Path big = Files.write(files.resolve("大.png"), java.util.Arrays.copyOf(PNG, 3 * 1024 * 1024));
        AttachmentStore s = new AttachmentStore(store, 2L * 1024 * 1024);

        assertThatThrownBy(() -> s.check(exe)).satisfies(e -> assertThat(texts.describe(e)).contains("类型不受支持"));
        assertThatThrownBy(() -> s.check(empty)).satisfies(e -> assertThat(texts.describe(e)).contains("空文件"));
        assertThatThrownBy(() -> s.check(big)).satisfies(e -> assertThat(texts.describe(e))
                .isEqualTo("附件「大.png」有 3.0 MB，超过上限 2.0 MB。"));
    }

    @Test
    void documents_areRecognised() throws Exception {
        AttachmentStore s = new AttachmentStore(store, 1024);
        assertThat(s.check(Files.write(files.resolve("a.pdf"), "%PDF-1.7\n".getBytes())))
                .isEqualTo(AttachmentKind.PDF);
        assertThat(s.check(Files.write(files.resolve("b.docx"), new byte[] {'P', 'K', 3, 4, 20, 0})))
                .isEqualTo(AttachmentKind.OFFICE_OPEN_XML);
        assertThat(s.check(Files.write(files.resolve("c.jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})))
                .isEqualTo(AttachmentKind.JPEG);
    }
}
