// The only window Swift has onto ncursesw. Macros and C globals (stdscr, LINES, COLS, COLOR_PAIR…)
// do not import into Swift 6, so they are re-exported here as static inline functions.
#ifndef LEGWORK_CNCURSES_SHIM_H
#define LEGWORK_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <stdio.h>
#include <langinfo.h>
#include <wchar.h>
#include <sys/select.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *lw_stdscr(void) { return stdscr; }
static inline WINDOW *lw_curscr(void) { return curscr; }
static inline int lw_lines(void) { return LINES; }
static inline int lw_cols(void) { return COLS; }
static inline int lw_colors(void) { return COLORS; }
static inline int lw_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int lw_err(void) { return ERR; }
static inline int lw_ok(void) { return OK; }
static inline int lw_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t lw_a_bold(void) { return A_BOLD; }
static inline attr_t lw_a_dim(void) { return A_DIM; }
static inline attr_t lw_a_reverse(void) { return A_REVERSE; }
static inline attr_t lw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lw_a_normal(void) { return A_NORMAL; }

/// Reads one key as a wide character. Returns ERR on timeout, KEY_CODE_YES for function keys, OK otherwise.
static inline int lw_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/// Writes a UTF-8 string at (y, x) with attributes and colour pair `pair`.
static inline void lw_put(int y, int x, const char *utf8, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    mvaddstr(y, x, utf8);
}

/// Waits up to `nanoseconds` (rounded up to whole microseconds) for `fd` to be readable:
/// 1 readable, 0 timed out, -1 interrupted by a signal. ncurses only waits in whole milliseconds.
static inline int lw_wait_readable(int fd, long long nanoseconds) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    long long micros = nanoseconds <= 0 ? 0 : (nanoseconds + 999) / 1000;
    struct timeval wait = { (time_t)(micros / 1000000), (suseconds_t)(micros % 1000000) };
    int result = select(fd + 1, &set, NULL, NULL, &wait);
    return result < 0 ? -1 : (result > 0 ? 1 : 0);
}

static inline FILE *lw_stdout(void) { return stdout; }
static inline FILE *lw_stdin(void) { return stdin; }

static inline const char *lw_codeset(void) { return nl_langinfo(CODESET); }

#endif
