// Signal handling that must be async-signal-safe, so it is written in C (Swift code is not).
#ifndef LEGWORK_TERMINAL_GUARD_H
#define LEGWORK_TERMINAL_GUARD_H

/// Saves the terminal modes of `fd` before the screen library changes them, and installs handlers:
/// SIGTERM, SIGHUP and SIGINT only record the signal (the app loop sees it and shuts down cleanly);
/// SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE and SIGABRT restore the saved modes, leave the alternate
/// screen, show the cursor and re-raise, so even a crash leaves a usable shell.
void lw_guard_install(int fd);

/// Undoes lw_guard_install: default signal dispositions again.
void lw_guard_uninstall(void);

/// The first termination signal received since install (0 if none).
int lw_guard_pending_signal(void);

/// True once after each SIGCONT since install (the process was stopped and continued): the screen
/// must be restored and repainted.
int lw_guard_take_continued(void);

/// Records a termination signal as if it had arrived (used by tests and by Ctrl-C read as a key).
void lw_guard_set_pending(int signo);

/// Stops the process as the shell's job control expects (Ctrl-Z read as a key in raw mode).
void lw_guard_suspend(void);

/// Removes the file at `path` if a termination signal (TERM, HUP, INT, QUIT, PIPE, XFSZ) arrives
/// before lw_temp_release, then lets the signal act as it would have: a half-written temporary file
/// never outlives its program. Returns -1 when the path is too long to keep.
int lw_temp_guard(const char *path);

/// The temporary file is gone or renamed into place: the signals act as before lw_temp_guard.
void lw_temp_release(void);

#endif
