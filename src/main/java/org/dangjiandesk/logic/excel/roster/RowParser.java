package org.dangjiandesk.logic.excel.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.logic.excel.Normalizer;
import org.dangjiandesk.logic.excel.read.CellValue;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.FieldProblem;
import org.dangjiandesk.logic.roster.MemberField;
import org.dangjiandesk.logic.roster.MemberValidator;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.Sex;

/**
 * Turns one data row into a member draft: normalises what was typed, refuses what cannot be trusted (numeric or
 * formula ID cells, contradictions with the ID number) and runs the same {@link MemberValidator} as the form.
 * Rows with neither a name nor an ID number (blank rows, notes, 填表人 lines) are skipped.
 */
public final class RowParser {
    private static final java.util.regex.Pattern PADDED_HAN_NAME = java.util.regex.Pattern.compile("[\\p{IsHan} ]+");
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1\\d{10}");
    private static final java.util.regex.Pattern LANDLINE_LIKE = java.util.regex.Pattern.compile("[0-9-]{7,}");
    private static final java.util.regex.Pattern COUNTRY_PREFIX = java.util.regex.Pattern.compile("^\\+?86-?");
    private static final java.util.regex.Pattern DASHED_MOBILE = java.util.regex.Pattern.compile("1[\\d-]{10,12}");

    /** Placeholder organisation while the branch is not yet resolved. */
    static final long UNRESOLVED_ORG = -1L;

    private final ColumnMapping mapping;
    private final Map<RosterColumn, Integer> index;
    private final CodeMatcher codes;
    private final Messages messages;
    private final MemberValidator validator = new MemberValidator();
    private final LocalDate today;

    public RowParser(ColumnMapping mapping, CodeLists codeLists, Messages messages, LocalDate today) {
        this.mapping = mapping;
        this.index = mapping.byColumn();
        this.codes = new CodeMatcher(codeLists);
        this.messages = messages;
        this.today = today;
    }

    /** The parsed row, or empty for a row to skip. */
    public Optional<ImportRow> parse(int rowNumber, List<CellValue> cells) {
        Parse p = new Parse(rowNumber, cells);
        String name = p.name();
        String idText = p.text(RosterColumn.ID_NUMBER);
        boolean numericId = p.cell(RosterColumn.ID_NUMBER).kind() == CellValue.Kind.NUMBER;
        // a formula in the name or ID cell is refused, not taken for a blank row (the member would vanish unseen)
        boolean formulaKey = p.cell(RosterColumn.NAME).kind() == CellValue.Kind.FORMULA
                || p.cell(RosterColumn.ID_NUMBER).kind() == CellValue.Kind.FORMULA;
        if (isNote(name) && isNote(idText) && !numericId && !formulaKey) {
            return Optional.empty(); // blank rows, 注：… notes, 填表人：… lines
        }
        Member.Builder b = Member.builder().name(name).orgId(UNRESOLVED_ORG);
        String id = p.idNumber();
        b.idNumber(id);
        Optional<IdNumber> valid = IdNumber.isValid(id) ? Optional.of(IdNumber.parse(id)) : Optional.empty();
        b.sex(p.sex(valid.map(IdNumber::sex).orElse(null)));
        b.birthDate(p.date(RosterColumn.BIRTH_DATE).orElse(valid.map(IdNumber::birthDate).orElse(null)));
        b.ethnicityCode(p.code(RosterColumn.ETHNICITY, codes::ethnicity));
        b.educationCode(p.code(RosterColumn.EDUCATION, codes::education));
        b.jobPostCode(p.code(RosterColumn.JOB_POST, codes::jobPost));
        b.joinedOn(p.date(RosterColumn.JOINED_ON).orElse(null));
        b.fullMemberOn(p.date(RosterColumn.FULL_MEMBER_ON).orElse(null));
        b.category(p.category());
        p.phones(b);
        b.homeAddress(blankToNull(p.text(RosterColumn.HOME_ADDRESS)));
        b.partyStatus(p.partyStatus());
        b.lostContact(p.yesNo(RosterColumn.LOST_CONTACT));
        b.lostContactSince(p.date(RosterColumn.LOST_CONTACT_SINCE).orElse(null));
        b.floating(p.yesNo(RosterColumn.FLOATING));
        b.floatingDestination(blankToNull(p.text(RosterColumn.FLOATING_DESTINATION)));
        b.nativePlace(blankToNull(p.text(RosterColumn.NATIVE_PLACE)));
        b.degree(blankToNull(p.text(RosterColumn.DEGREE)));
        b.partyPost(blankToNull(p.text(RosterColumn.PARTY_POST)));
        b.workStartedOn(p.date(RosterColumn.WORK_STARTED_ON).orElse(null));
        Member member = b.build();
        for (FieldProblem fp : validator.validate(member, today)) {
            if (valid.isEmpty() && derivedFromId(fp) && p.cell(columnOf(fp.field())).isBlank()) {
                continue; // left blank to be taken from the ID number: the ID's own problem says it all
            }
            p.fieldProblem(fp);
        }
        String branch = p.text(RosterColumn.BRANCH);
        if (branch.isEmpty()) {
            p.error(RosterColumn.BRANCH, messages.get("validation.required"));
        }
        return Optional.of(new ImportRow(rowNumber, member, branch, List.copyOf(p.problems), p.raw()));
    }

    private static boolean derivedFromId(FieldProblem fp) {
        return (fp.field() == MemberField.SEX || fp.field() == MemberField.BIRTH_DATE)
                && fp.messageKey().equals("validation.required");
    }

    /** Empty, or a label such as "填表人：王五" or "注：…" rather than a person's name or number. */
    static boolean isNote(String s) {
        return s.isEmpty() || s.contains("：") || s.contains(":") || s.startsWith("注");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The state of parsing one row: its cells and the problems found so far. */
    private final class Parse {
        private final int row;
        private final List<CellValue> cells;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<RosterColumn, Boolean> reported = new EnumMap<>(RosterColumn.class);

        Parse(int row, List<CellValue> cells) {
            this.row = row;
            this.cells = cells;
        }

        CellValue cell(RosterColumn c) {
            Integer i = index.get(c);
            return i == null || i >= cells.size() ? CellValue.BLANK : cells.get(i);
        }

        /** Text of a cell; formulas are refused (never evaluated) and read as empty. */
        String text(RosterColumn c) {
            CellValue v = cell(c);
            if (v.kind() == CellValue.Kind.FORMULA) {
                error(c, messages.get("import.problem.formula"));
                return "";
            }
            return v.kind() == CellValue.Kind.DATE ? v.date().toString() : Normalizer.text(v.text());
        }

        String name() {
            String n = text(RosterColumn.NAME);
            // 张　三 padded to line up two-character names: drop the padding between Chinese characters
            return n.indexOf(' ') >= 0 && PADDED_HAN_NAME.matcher(n).matches() ? n.replace(" ", "") : n;
        }

        String idNumber() {
            CellValue v = cell(RosterColumn.ID_NUMBER);
            if (v.kind() == CellValue.Kind.NUMBER) {
                error(RosterColumn.ID_NUMBER, messages.get("import.problem.idNumeric", v.text()));
                return v.text();
            }
            return IdNumber.normalize(text(RosterColumn.ID_NUMBER));
        }

        Sex sex(Sex fromId) {
            String s = Normalizer.compact(text(RosterColumn.SEX));
            return switch (s) {
                case "男", "男性", "M", "m" -> Sex.MALE;
                case "女", "女性", "F", "f" -> Sex.FEMALE;
                case "" -> fromId;
                default -> {
                    error(RosterColumn.SEX, messages.get("import.problem.unknownValue", s));
                    yield fromId;
                }
            };
        }

        Optional<LocalDate> date(RosterColumn c) {
            CellValue v = cell(c);
            if (v.kind() == CellValue.Kind.DATE) {
                return Optional.of(v.date());
            }
            String t = text(c);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Optional<LocalDate> d = Normalizer.date(t);
            if (d.isEmpty()) {
                error(c, messages.get("import.problem.badDate", t));
            }
            return d;
        }

        String code(RosterColumn c, java.util.function.Function<String, Optional<CodeItem>> lookup) {
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            Optional<CodeItem> item = lookup.apply(t);
            if (item.isEmpty()) {
                error(c, messages.get("import.problem.unknownValue", t));
                return null;
            }
            return item.get().code();
        }

        MemberCategory category() {
            String t = Normalizer.compact(text(RosterColumn.CATEGORY));
            return switch (t) {
                case "正式", "正式党员" -> MemberCategory.FULL;
                case "预备", "预备党员" -> MemberCategory.PROBATIONARY;
                case "" -> null;
                default -> {
                    error(RosterColumn.CATEGORY, messages.get("import.problem.unknownValue", t));
                    yield null;
                }
            };
        }

        PartyStatus partyStatus() {
            String t = Normalizer.compact(text(RosterColumn.PARTY_STATUS));
            return switch (t) {
                case "", "正常" -> PartyStatus.NORMAL;
                case "停止党籍", "停止" -> PartyStatus.SUSPENDED;
                default -> {
                    error(RosterColumn.PARTY_STATUS, messages.get("import.problem.unknownValue", t));
                    yield PartyStatus.NORMAL;
                }
            };
        }

        boolean yesNo(RosterColumn c) {
            String t = text(c);
            Optional<Boolean> v = Normalizer.yesNo(t);
            if (v.isEmpty()) {
                error(c, messages.get("import.problem.unknownValue", t));
                return false;
            }
            return v.get();
        }

        /** One 联系电话 column may hold a landline: put each number where it belongs. */
        void phones(Member.Builder b) {
            String mobile = phone(RosterColumn.MOBILE_PHONE);
            String landline = phone(RosterColumn.LANDLINE_PHONE);
            if (mobile != null && !MOBILE.matcher(mobile).matches() && landline == null
                    && LANDLINE_LIKE.matcher(mobile).matches()) {
                landline = mobile;
                mobile = null;
            }
            b.mobilePhone(mobile).landlinePhone(landline);
        }

        private String phone(RosterColumn c) {
            CellValue v = cell(c);
            String t = v.kind() == CellValue.Kind.NUMBER ? v.text() : Normalizer.compact(text(c));
            if (t.isEmpty()) {
                return null;
            }
            if (t.startsWith("+86") || t.startsWith("86")) {
                t = COUNTRY_PREFIX.matcher(t).replaceFirst("");
            }
            return DASHED_MOBILE.matcher(t).matches() ? t.replace("-", "") : t;
        }

        void fieldProblem(FieldProblem fp) {
            RosterColumn c = columnOf(fp.field());
            if (fp.field() == MemberField.ORG || (c != null && reported.containsKey(c))) {
                return; // the branch is resolved later; one message per cell is enough
            }
            String text = messages.get(fp.messageKey(), fp.args().toArray());
            if (c == null) {
                problems.add(new ImportProblem(row, ImportProblem.NO_COLUMN, messages.get(fp.field().labelKey()),
                        ImportProblem.Severity.ERROR, text));
            } else {
                error(c, text);
            }
        }

        void error(RosterColumn c, String message) {
            reported.put(c, true);
            Integer i = index.get(c);
            String column = i == null ? c.header() : mapping.describe(i);
            problems.add(new ImportProblem(row, i == null ? ImportProblem.NO_COLUMN : i, column,
                    ImportProblem.Severity.ERROR, message));
        }

        Map<Integer, String> raw() {
            Map<Integer, String> m = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    m.put(i, cells.get(i).text());
                }
            }
            return m;
        }
    }

    private static RosterColumn columnOf(MemberField f) {
        return switch (f) {
            case NAME -> RosterColumn.NAME;
            case SEX -> RosterColumn.SEX;
            case ETHNICITY -> RosterColumn.ETHNICITY;
            case ID_NUMBER -> RosterColumn.ID_NUMBER;
            case BIRTH_DATE -> RosterColumn.BIRTH_DATE;
            case EDUCATION -> RosterColumn.EDUCATION;
            case CATEGORY -> RosterColumn.CATEGORY;
            case ORG -> RosterColumn.BRANCH;
            case JOINED_ON -> RosterColumn.JOINED_ON;
            case FULL_MEMBER_ON -> RosterColumn.FULL_MEMBER_ON;
            case JOB_POST -> RosterColumn.JOB_POST;
            case MOBILE_PHONE -> RosterColumn.MOBILE_PHONE;
            case LANDLINE_PHONE -> RosterColumn.LANDLINE_PHONE;
            case LOST_CONTACT_SINCE -> RosterColumn.LOST_CONTACT_SINCE;
            case FLOATING_DESTINATION -> RosterColumn.FLOATING_DESTINATION;
            case WORK_STARTED_ON -> RosterColumn.WORK_STARTED_ON;
            case DUES_PAID_UNTIL, REPORTED_ON -> null;
        };
    }
}
