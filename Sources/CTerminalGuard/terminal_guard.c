#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t continued = 0;

// SIGCONT after a stop the program did not ask for (kill -STOP, a debugger): the shell may have put
// the terminal back in its own modes and drawn over the screen; the loop restores and repaints.
static void on_continue(int signo) { (void)signo; continued = 1; }
static struct termios saved_modes;
static int saved_fd = -1;

static const int termination_signals[] = { SIGTERM, SIGHUP, SIGINT };
// SIGQUIT (Ctrl-\) ends the program with a core dump like a crash: the terminal is restored first.
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT };

static void on_termination(int signo) {
    if (pending_signal == 0) pending_signal = signo;
}

static void on_crash(int signo) {
    if (saved_fd >= 0) {
        tcsetattr(saved_fd, TCSANOW, &saved_modes);
        // leave the alternate screen, show the cursor, reset attributes
        static const char restore[] = "\033[?1049l\033[?25h\033[0m\r\n";
        (void)!write(saved_fd, restore, sizeof restore - 1);
    }
    signal(signo, SIG_DFL);
    raise(signo);
}

void lw_guard_install(int fd) {
    saved_fd = -1;
    if (tcgetattr(fd, &saved_modes) == 0) saved_fd = fd;
    pending_signal = 0;

    // A parent may have started us with signals blocked (the mask is inherited): resizes, job control
    // and termination requests would then never arrive. Unblock the ones the screens rely on.
    sigset_t needed;
    sigemptyset(&needed);
    sigaddset(&needed, SIGWINCH);
    sigaddset(&needed, SIGTSTP);
    sigaddset(&needed, SIGCONT);
    for (unsigned i = 0; i < sizeof termination_signals / sizeof *termination_signals; i++)
        sigaddset(&needed, termination_signals[i]);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking key read returns early so the loop notices the signal at once.
    action.sa_handler = on_termination;
    for (unsigned i = 0; i < sizeof termination_signals / sizeof *termination_signals; i++)
        sigaction(termination_signals[i], &action, NULL);

    action.sa_handler = on_continue;
    sigaction(SIGCONT, &action, NULL);

    action.sa_handler = on_crash;
    action.sa_flags = SA_RESETHAND;
    for (unsigned i = 0; i < sizeof crash_signals / sizeof *crash_signals; i++)
        sigaction(crash_signals[i], &action, NULL);
}

void lw_guard_uninstall(void) {
    for (unsigned i = 0; i < sizeof termination_signals / sizeof *termination_signals; i++)
        signal(termination_signals[i], SIG_DFL);
    for (unsigned i = 0; i < sizeof crash_signals / sizeof *crash_signals; i++)
        signal(crash_signals[i], SIG_DFL);
    signal(SIGCONT, SIG_DFL);
    saved_fd = -1;
}

int lw_guard_pending_signal(void) { return pending_signal; }

int lw_guard_take_continued(void) {
    int was = continued;
    continued = 0;
    return was;
}

void lw_guard_set_pending(int signo) { if (pending_signal == 0) pending_signal = signo; }

void lw_guard_suspend(void) {
    // SIGTSTP with the default action stops us exactly like Ctrl-Z would in cooked mode.
    struct sigaction previous, deflt;
    memset(&deflt, 0, sizeof deflt);
    deflt.sa_handler = SIG_DFL;
    sigemptyset(&deflt.sa_mask);
    sigaction(SIGTSTP, &deflt, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

// MARK: - A temporary file removed on every way out

static char temp_path[4096];
static volatile sig_atomic_t temp_armed = 0;
static const int temp_signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGXFSZ };
static struct sigaction temp_previous[sizeof temp_signals / sizeof *temp_signals];

static void on_temp_signal(int signo) {
    if (temp_armed) { temp_armed = 0; unlink(temp_path); }
    for (unsigned i = 0; i < sizeof temp_signals / sizeof *temp_signals; i++)
        if (temp_signals[i] == signo) sigaction(signo, &temp_previous[i], NULL);
    raise(signo);
}

int lw_temp_guard(const char *path) {
    size_t length = strlen(path);
    if (length >= sizeof temp_path) return -1;
    memcpy(temp_path, path, length + 1);
    temp_armed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_temp_signal;
    for (unsigned i = 0; i < sizeof temp_signals / sizeof *temp_signals; i++)
        sigaction(temp_signals[i], &action, &temp_previous[i]);
    return 0;
}

void lw_temp_release(void) {
    if (!temp_armed) return;
    temp_armed = 0;
    for (unsigned i = 0; i < sizeof temp_signals / sizeof *temp_signals; i++)
        sigaction(temp_signals[i], &temp_previous[i], NULL);
}
