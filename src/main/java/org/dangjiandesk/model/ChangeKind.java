package org.dangjiandesk.model;

/**
 * How a member came into or left the count of a unit in a period (党员增减): additions 发展, 转入, 恢复党籍 and moves in
 * from another unit of the street; removals 转出, 死亡, 出党, 停止党籍 and moves out to another unit.
 */
public enum ChangeKind {
    DEVELOPED(true), TRANSFERRED_IN(true), RESTORED(true), MOVED_IN(true),
    TRANSFERRED_OUT(false), DIED(false), EXPELLED(false), SUSPENDED(false), MOVED_OUT(false);

    private final boolean addition;

    ChangeKind(boolean addition) {
        this.addition = addition;
    }

    public boolean isAddition() {
        return addition;
    }

    /** 停止党籍 and 恢复党籍 need a name list attached for the reviewers. */
    public boolean needsNameList() {
        return this == SUSPENDED || this == RESTORED;
    }
}
