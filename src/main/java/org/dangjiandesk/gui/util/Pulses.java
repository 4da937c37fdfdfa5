package org.dangjiandesk.gui.util;

import javafx.scene.Scene;

/** Runs code once a scene has been laid out (and is about to be drawn): "the user can see it now". */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} once, on the FX thread, after the scene's next layout pulse. */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
