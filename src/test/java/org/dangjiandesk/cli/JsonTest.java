package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void write_nestsMapsAndListsInOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("current", 5000);
        inner.put("ok", true);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("members", inner);
        root.put("list", Arrays.asList(1, "二", null));
        assertThat(Json.write(root)).isEqualTo("{\"members\":{\"current\":5000,\"ok\":true},\"list\":[1,\"二\",null]}");
    }

    @Test
    void write_escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write("C:\\数据\\\"x\"\n\u0001")).isEqualTo("\"C:\\\\数据\\\\\\\"x\\\"\\n\\u0001\"");
    }
}
