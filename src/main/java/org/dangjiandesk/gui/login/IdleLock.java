package org.dangjiandesk.gui.login;

import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Locks the screen after a number of idle minutes: any key, click, mouse move or scroll in the window counts as
 * activity. Checked every few seconds; {@link #check()} is public so a test can drive it with its own clock.
 */
public final class IdleLock {
    private final long idleNanos;
    private final LongSupplier clock;
    private final Runnable lock;
    private long lastActivity;
    private boolean locked;
    private Timeline timer;

    public IdleLock(int idleMinutes, LongSupplier nanoClock, Runnable lock) {
        this.idleNanos = java.util.concurrent.TimeUnit.MINUTES.toNanos(idleMinutes);
        this.clock = nanoClock;
        this.lock = lock;
        this.lastActivity = nanoClock.getAsLong();
    }

    /** Watches the scene's input and starts the timer; does nothing when the idle time is 0 (lock off). */
    public void install(Scene scene) {
        if (idleNanos <= 0) {
            return;
        }
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.ANY, this::activity);
        scene.addEventFilter(ScrollEvent.ANY, this::activity);
        timer = new Timeline(new KeyFrame(Duration.seconds(5), e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    private void activity(Event e) {
        lastActivity = clock.getAsLong();
    }

    public void check() {
        if (!locked && idleNanos > 0 && clock.getAsLong() - lastActivity >= idleNanos) {
            locked = true;
            lock.run();
        }
    }

    /** After the user unlocked the screen. */
    public void unlocked() {
        locked = false;
        lastActivity = clock.getAsLong();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
