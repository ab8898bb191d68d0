#ifndef ASSAY_CEDITLINE_SHIM_H
#define ASSAY_CEDITLINE_SHIM_H
/* Non-variadic wrappers over libedit for Swift, plus the SIGINT flag (C globals stay in C). */
#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include <histedit.h>

/* Each Swift file that calls these functions gets its own copy of this static (the importer
   gives header definitions internal linkage), so only LibeditLineReader.swift may call them. */
static volatile sig_atomic_t assay_sigint_flag = 0;

static volatile sig_atomic_t assay_terminate_flag = 0;

static void assay_sigint_handler(int sig) {
  if (sig == SIGINT) {
    assay_sigint_flag = 1;
  } else {
    assay_terminate_flag = 1;
  }
}

/* Installs the SIGINT handler without SA_RESTART, so a blocked read returns EINTR. */
static inline int assay_install_sigint(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = assay_sigint_handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
  /* SIGTERM and SIGHUP end the shell through the normal path, so the terminal is restored. */
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  return sigaction(SIGINT, &sa, NULL);
}

static inline int assay_take_sigint(void) {
  int was = assay_sigint_flag;
  assay_sigint_flag = 0;
  return was;
}

static inline int assay_peek_sigint(void) { return assay_sigint_flag || assay_terminate_flag; }

static inline int assay_terminating(void) { return assay_terminate_flag; }

/* Bound to ^C while editing (libedit turns ISIG off then): flag an interrupt, end el_gets. */
static unsigned char assay_interrupt_key(EditLine *el, int ch) {
  (void)el;
  (void)ch;
  assay_sigint_flag = 1;
  return CC_EOF;
}

static inline int assay_errno(void) { return errno; }

/* Reads one UTF-8 character from stdin for libedit. Returns -1 when Ctrl-C interrupted the
   read (libedit's own reader retries after EINTR), 0 at end of input, 1 otherwise. */
static int assay_getc(EditLine *el, wchar_t *out) {
  (void)el;
  unsigned char bytes[4];
  for (;;) {
    if (assay_sigint_flag || assay_terminate_flag) return -1;
    ssize_t n = read(STDIN_FILENO, bytes, 1);
    if (n == 1) break;
    if (n == 0) return 0;
    if (errno == EINTR && !assay_sigint_flag && !assay_terminate_flag) continue;
    return -1;
  }
  int length = bytes[0] < 0x80 ? 1 : (bytes[0] >> 5) == 6 ? 2 : (bytes[0] >> 4) == 14 ? 3
             : (bytes[0] >> 3) == 30 ? 4 : 1;
  for (int i = 1; i < length; i++) {
    ssize_t n = read(STDIN_FILENO, bytes + i, 1);
    if (n != 1) return n == 0 ? 0 : -1;
  }
  wchar_t c = length == 1 ? bytes[0]
            : length == 2 ? (bytes[0] & 0x1F)
            : length == 3 ? (bytes[0] & 0x0F) : (bytes[0] & 0x07);
  for (int i = 1; i < length; i++) c = (c << 6) | (bytes[i] & 0x3F);
  *out = c;
  return 1;
}

static inline void assay_el_use_interruptible_getc(EditLine *el) {
  el_set(el, EL_GETCFN, assay_getc);
  el_set(el, EL_ADDFN, "assay-interrupt", "drop the line", assay_interrupt_key);
  el_set(el, EL_BIND, "^C", "assay-interrupt", NULL);
}

static inline EditLine *assay_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}

static inline void assay_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
  el_set(el, EL_PROMPT, fn);
}

static inline void assay_el_set_editor(EditLine *el, const char *mode) {
  el_set(el, EL_EDITOR, mode);
}

static inline void assay_el_set_clientdata(EditLine *el, void *data) {
  el_set(el, EL_CLIENTDATA, data);
}

static inline void *assay_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline void assay_el_addfn(EditLine *el, const char *name, const char *help,
                                  unsigned char (*fn)(EditLine *, int)) {
  el_set(el, EL_ADDFN, name, help, fn);
}

static inline void assay_el_bind(EditLine *el, const char *key, const char *fn) {
  el_set(el, EL_BIND, key, fn, NULL);
}

static inline void assay_el_set_history(EditLine *el, History *h) {
  el_set(el, EL_HIST, history, h);
}

static inline int assay_history_setsize(History *h, int n) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, n);
}

static inline int assay_history_setunique(History *h, int on) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, on);
}

static inline int assay_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

static inline int assay_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

static inline int assay_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

static inline void assay_write_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

#endif
