/*
 * rouge_input.c — the inputs `storyloom eval rouge` accepts: ROUGE-1.5.5's
 * XML configuration (SPL), its "-z SPL" file list, a system folder plus a
 * reference folder, and JSON Lines.
 *
 * Invariant: a reader never stops at a bad file: an unreadable, empty or
 * non-UTF-8 file becomes a diagnostic naming it, and everything else is
 * still added.  Only an unreadable or malformed top-level input (the
 * configuration, a folder, the JSONL file) is an error.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <jansson.h>

#include "rouge_impl.h"

/* Input formats of ROUGE's configuration. */
enum { FMT_SPL, FMT_SEE, FMT_ISI };

/* Advances *p past literal lit when the text at *p starts with it. */
static bool lit(const char **p, const char *end, const char *l) {
  size_t n = strlen(l);
  if ((size_t)(end - *p) < n || memcmp(*p, l, n)) return false;
  *p += n;
  return true;
}

/* Advances *p past one or more bytes of `set`. */
static bool run_of(const char **p, const char *end, const char *set) {
  const char *q = *p;
  while (q < end && *q && strchr(set, *q)) q++;
  if (q == *p) return false;
  *p = q;
  return true;
}

/* The sentence of one SEE or ISI line (which still ends with its "\n", as
 * Perl reads it), following readText's patterns:
 *   SEE  ^<a (size="N" )?name="N">[N]</a>\s+<a href="#N" id=N>([^<]+)
 *   ISI  ^<S SNTNO="[0-9a-z,]+">([^<]+)</S>
 * Returns false when the line does not match (ROUGE ignores it). */
static bool markup_sentence(const char *l, const char *end, int fmt, const char **s, size_t *n) {
  const char *p = l, *d = "0123456789";
  if (fmt == FMT_ISI) {
    if (!lit(&p, end, "<S SNTNO=\"") || !run_of(&p, end, "0123456789abcdefghijklmnopqrstuvwxyz,") ||
        !lit(&p, end, "\">"))
      return false;
    const char *t = p;
    while (p < end && *p != '<') p++;
    if (p == t || !lit(&p, end, "</S>")) return false;
    *s = t, *n = (size_t)(p - 4 - t);
    return true;
  }
  if (!lit(&p, end, "<a ")) return false;
  if (lit(&p, end, "size=\"") && (!run_of(&p, end, d) || !lit(&p, end, "\" "))) return false;
  if (!lit(&p, end, "name=\"") || !run_of(&p, end, d) || !lit(&p, end, "\">[") || !run_of(&p, end, d) ||
      !lit(&p, end, "]</a>") || !run_of(&p, end, " \t\n\r\f\v") || !lit(&p, end, "<a href=\"#") ||
      !run_of(&p, end, d) || !lit(&p, end, "\" id=") || !run_of(&p, end, d) || !lit(&p, end, ">"))
    return false;
  const char *t = p;
  while (p < end && *p != '<') p++; /* [^<]+ may take the line's newline too */
  if (p == t) return false;
  *s = t, *n = (size_t)(p - t);
  return true;
}

/* Rewrites a SEE/ISI file as SPL: one captured sentence per line.  A
 * newline captured inside a sentence becomes "\r": one byte of whitespace,
 * so -b lengths, -l fields and tokens stay what ROUGE computes.  Takes x. */
static char *markup_to_spl(char *x, size_t n, int fmt, size_t *out_len) {
  sl_buf b;
  sl_buf_init(&b);
  size_t pos = 0;
  while (pos < n) {
    const char *nl = memchr(x + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - x) + 1 : n; /* the line keeps its "\n" */
    const char *s;
    size_t len;
    if (markup_sentence(x + pos, x + end, fmt, &s, &len)) {
      for (size_t i = 0; i < len; i++) sl_buf_putc(&b, s[i] == '\n' ? '\r' : s[i]);
      sl_buf_putc(&b, '\n');
    }
    pos = end;
  }
  free(x);
  if (b.oom) return sl_buf_free(&b), NULL;
  *out_len = b.len;
  if (!b.p) sl_buf_puts(&b, ""); /* no sentence: an empty text, not NULL */
  return sl_buf_take(&b);
}

/* Adds the file at path (diagnostic when unreadable), converting SEE/ISI. */
static sl_status add_file_fmt(sl_rouge *r, bool is_ref, const char *cluster, const char *who,
                              const char *path, int fmt) {
  size_t len = 0;
  char *text = rg_slurp(path, &len);
  if (text && fmt != FMT_SPL && !(text = markup_to_spl(text, len, fmt, &len))) return SL_ENOMEM;
  if (!text) { /* kept as a missing document so the cluster knows about it */
    rg_diag(r, SL_DIAG_SKIPPED, path, "cannot read %s %s of cluster %s: skipped",
            is_ref ? "reference" : "summary of system", who, cluster);
    return rg_add(r, is_ref, cluster, who, NULL, 0, path, true);
  }
  sl_status st = rg_add(r, is_ref, cluster, who, text, len, path, false);
  free(text);
  return st;
}

static sl_status add_file(sl_rouge *r, bool is_ref, const char *cluster, const char *who,
                          const char *path) {
  return add_file_fmt(r, is_ref, cluster, who, path, FMT_SPL);
}

/* dir + "/" + name into out (name kept when absolute or dir empty). */
static void join_path(char *out, size_t cap, const char *dir, const char *name) {
  int k = (name[0] == '/' || !dir[0]) ? snprintf(out, cap, "%s", name)
                                      : snprintf(out, cap, "%s/%s", dir, name);
  if (k < 0 || (size_t)k >= cap) out[0] = 0; /* too long: reads as a missing file */
}

/* ---- XML configuration ------------------------------------------------- */

/* Decodes the few XML entities a path can hold and trims whitespace. */
static void xml_text(char *out, size_t cap, const char *s, size_t n) {
  while (n && isspace((unsigned char)*s)) s++, n--;
  while (n && isspace((unsigned char)s[n - 1])) n--;
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    static const char *ent[][2] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                   {"&quot;", "\""}, {"&apos;", "'"}};
    bool done = false;
    for (size_t e = 0; e < SL_COUNTOF(ent) && !done; e++) {
      size_t el = strlen(ent[e][0]);
      if (i + el <= n && !memcmp(s + i, ent[e][0], el)) out[k++] = ent[e][1][0], i += el - 1, done = true;
    }
    if (!done) out[k++] = s[i];
  }
  out[k] = 0;
}

/* Value of attribute `name` (case-insensitive) inside the tag text t[0..n). */
static bool xml_attr(const char *t, size_t n, const char *name, char *out, size_t cap) {
  size_t nl = strlen(name);
  for (size_t i = 0; i + nl < n; i++) {
    /* the name must start a word: "ID" must not match inside "XID" */
    if (strncasecmp(t + i, name, nl) || (i && !isspace((unsigned char)t[i - 1]))) continue;
    size_t j = i + nl;
    while (j < n && isspace((unsigned char)t[j])) j++;
    if (j >= n || t[j] != '=') continue;
    j++;
    while (j < n && isspace((unsigned char)t[j])) j++;
    if (j >= n || (t[j] != '"' && t[j] != '\'')) continue;
    char q = t[j++]; /* either quote, as XML allows */
    size_t e = j;
    while (e < n && t[e] != q) e++;
    xml_text(out, cap, t + j, e - j);
    return true;
  }
  return false;
}

/* The configuration is scanned tag by tag rather than parsed as a tree:
 * ROUGE's format is flat (EVAL holding PEER-ROOT, MODEL-ROOT, INPUT-FORMAT,
 * PEERS/P and MODELS/M), tag names are case-insensitive as in the script,
 * and every P/M file is read as soon as its element is met.  `line` is
 * tracked for error messages. */
sl_status sl_rouge_read_config(sl_rouge *r, const char *path, sl_error *err) {
  SL_API_CHECK(r && path);
  size_t n = 0;
  char *x = rg_slurp(path, &n);
  if (!x) return sl_error_set(err, SL_EIO, path, 0, "cannot read the ROUGE configuration");
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", path);
  /* roots and file names are relative to the configuration's folder */
  char *slash = strrchr(dir, '/');
  if (slash) *slash = 0; else dir[0] = 0;
  /* state of the EVAL being read: its id, roots and input format */
  char eval[512] = "", proot[4096] = "", mroot[4096] = "", fmt[64] = "SPL", id[512] = "";
  char file[4096], full[8192], rootdir[8192];
  sl_status st = SL_OK;
  long evals = 0, line = 1;
  int informat = FMT_SPL; /* of the current EVAL */
  size_t i = 0;
  while (i < n && st == SL_OK) {
    if (x[i] != '<') { line += x[i] == '\n'; i++; continue; }
    size_t te = i + 1;
    while (te < n && x[te] != '>') line += x[te++] == '\n';
    if (te >= n) break;
    const char *tag = x + i + 1;
    size_t tl = te - i - 1, nl = 0;
    bool closing = tl && tag[0] == '/'; /* </...>: nothing to do */
    const char *name = tag + closing;
    while (nl < tl - closing && !isspace((unsigned char)name[nl]) && name[nl] != '/') nl++;
    /* element text: from after '>' up to the next '<' (file names, roots) */
    size_t cs = te + 1, ce = cs;
    while (ce < n && x[ce] != '<') ce++;
#define IS(t) (nl == strlen(t) && !strncasecmp(name, t, nl))
    if (!closing && IS("EVAL")) {
      if (!xml_attr(tag, tl, "ID", eval, sizeof eval)) {
        st = sl_error_set(err, SL_EFORMAT, path, line, "<EVAL> without an ID attribute");
        break;
      }
      evals++;
      proot[0] = mroot[0] = 0; /* roots do not carry over between EVALs */
      strcpy(fmt, "SPL");
      informat = FMT_SPL;
    } else if (!closing && IS("PEER-ROOT")) {
      xml_text(proot, sizeof proot, x + cs, ce - cs);
    } else if (!closing && IS("MODEL-ROOT")) {
      xml_text(mroot, sizeof mroot, x + cs, ce - cs);
    } else if (!closing && IS("INPUT-FORMAT")) {
      if (!xml_attr(tag, tl, "TYPE", fmt, sizeof fmt)) strcpy(fmt, "SPL");
      if (!strcasecmp(fmt, "SPL")) informat = FMT_SPL;
      else if (!strcasecmp(fmt, "SEE")) informat = FMT_SEE;
      else if (!strcasecmp(fmt, "ISI")) informat = FMT_ISI;
      else {
        st = sl_error_set(err, SL_EFORMAT, path, line,
                          "input format %s is not supported (SPL, SEE or ISI)", fmt);
        break;
      }
    } else if (!closing && (IS("P") || IS("M"))) {
      bool is_ref = IS("M");
      if (!eval[0] || !xml_attr(tag, tl, "ID", id, sizeof id)) {
        st = sl_error_set(err, SL_EFORMAT, path, line, "<%c> outside <EVAL> or without an ID",
                          is_ref ? 'M' : 'P');
        break;
      }
      xml_text(file, sizeof file, x + cs, ce - cs);
      join_path(rootdir, sizeof rootdir, dir, is_ref ? mroot : proot);
      join_path(full, sizeof full, rootdir, file);
      st = add_file_fmt(r, is_ref, eval, id, full, informat);
      if (st) sl_error_set(err, st, path, line, "out of memory");
    }
#undef IS
    i = te + 1;
  }
  free(x);
  if (st == SL_OK && evals == 0)
    st = sl_error_set(err, SL_EFORMAT, path, 0, "no <EVAL> element: not a ROUGE configuration");
  return st;
}

/* ---- -z SPL file list ------------------------------------------------------ */

/* ROUGE's readFileList: '#' lines and blank lines are comments; every
 * other line is "summary ref1 ref2 ..." (paths as given, relative to the
 * current folder), one cluster each, numbered from 1; references are named
 * M.1, M.2, ... */
sl_status sl_rouge_read_filelist(sl_rouge *r, const char *path, const char *system, sl_error *err) {
  SL_API_CHECK(r && path);
  size_t n = 0;
  char *x = rg_slurp(path, &n);
  if (!x) return sl_error_set(err, SL_EIO, path, 0, "cannot read the file list");
  if (!system) system = "X";
  long evalno = 0, line = 0;
  sl_status st = SL_OK;
  char *save = NULL;
  for (char *ln = strtok_r(x, "\n", &save); ln && !st; ln = strtok_r(NULL, "\n", &save)) {
    line++;
    char *p = ln;
    while (isspace((unsigned char)*p)) p++;
    if (!*p || *p == '#') continue;
    /* fields separated by whitespace: summary, then references */
    char *save2 = NULL, *f[1024];
    int nf = 0;
    for (char *w = strtok_r(p, " \t\r\f\v", &save2); w && nf < 1024; w = strtok_r(NULL, " \t\r\f\v", &save2))
      f[nf++] = w;
    if (nf < 2) {
      rg_diag(r, SL_DIAG_SKIPPED, path, "line %ld: needs a summary and at least one reference", line);
      continue;
    }
    char ev[32], mid[32];
    snprintf(ev, sizeof ev, "%ld", ++evalno);
    st = add_file(r, false, ev, system, f[0]);
    for (int k = 1; k < nf && !st; k++) {
      snprintf(mid, sizeof mid, "M.%d", k);
      st = add_file(r, true, ev, mid, f[k]);
    }
  }
  free(x);
  if (st) return sl_error_set(err, st, path, line, "out of memory");
  if (!evalno) return sl_error_set(err, SL_EEMPTY, path, 0, "no summary/reference line");
  return SL_OK;
}

/* ---- folders ------------------------------------------------------------ */

typedef SL_VEC(char *) name_vec;

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entry names of dir (without "." entries); false when unreadable. */
static bool list_dir(const char *dir, name_vec *out) {
  DIR *d = opendir(dir);
  if (!d) return false;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue; /* ., .. and hidden files */
    size_t l = strlen(e->d_name);
    char *s = malloc(l + 1);
    if (!s) break;
    memcpy(s, e->d_name, l + 1);
    if (!sl_vec_push(out, s)) { free(s); break; }
  }
  closedir(d);
  if (out->n > 1) qsort(out->a, out->n, sizeof *out->a, cmp_name);
  return true;
}

static void free_names(name_vec *v) {
  for (size_t i = 0; i < v->n; i++) free(v->a[i]);
  sl_vec_free(v);
}

static bool is_dir(const char *p) {
  struct stat sb;
  return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static bool ends_txt(const char *s) {
  size_t l = strlen(s);
  return l > 4 && !strcmp(s + l - 4, ".txt");
}

/* Adds every <cluster>.txt of dir as the summary of `system`; files whose
 * cluster has no reference in `refs` are reported and skipped. */
static sl_status add_system_dir(sl_rouge *r, const char *dir, const char *system,
                                const sl_strmap *refs) {
  name_vec v = {0};
  if (!list_dir(dir, &v)) {
    rg_diag(r, SL_DIAG_SKIPPED, dir, "cannot read the folder of system %s", system);
    return SL_OK;
  }
  sl_status st = SL_OK;
  char full[8192];
  for (size_t i = 0; i < v.n && !st; i++) {
    join_path(full, sizeof full, dir, v.a[i]);
    if (!ends_txt(v.a[i]) || is_dir(full)) continue;
    v.a[i][strlen(v.a[i]) - 4] = 0;
    if (sl_strmap_get(refs, v.a[i], strlen(v.a[i])) == RG_NONE) {
      rg_diag(r, SL_DIAG_SKIPPED, full, "no reference <%s>.<A|B|...>.txt for cluster %s: skipped",
              v.a[i], v.a[i]);
      continue;
    }
    st = add_file(r, false, v.a[i], system, full);
  }
  free_names(&v);
  return st;
}

/* References first, so a summary whose cluster has no reference can be
 * reported (and skipped) while the systems are read.  A system folder that
 * holds sub-folders is a set of systems (the rouge-cases layout), otherwise
 * it is one system named after the folder.  Names are sorted, so the order
 * of everything added (and of the messages) never depends on readdir. */
sl_status sl_rouge_read_dirs(sl_rouge *r, const char *sysdir, const char *refdir, sl_error *err) {
  SL_API_CHECK(r && sysdir && refdir);
  name_vec refs = {0}, sys = {0};
  sl_strmap ref_clusters;
  sl_strmap_init(&ref_clusters);
  sl_status st = SL_OK;
  char full[8192], cluster[4096];
  if (!list_dir(refdir, &refs)) {
    st = sl_error_set(err, SL_EIO, refdir, 0, "cannot read the reference folder");
    goto done;
  }
  for (size_t i = 0; i < refs.n && !st; i++) {
    join_path(full, sizeof full, refdir, refs.a[i]);
    if (!ends_txt(refs.a[i]) || is_dir(full)) continue;
    snprintf(cluster, sizeof cluster, "%.*s", (int)(strlen(refs.a[i]) - 4), refs.a[i]);
    /* <cluster>.<ref>.txt; a name without a dot is a single reference "A" */
    char *dot = strrchr(cluster, '.');
    const char *model = "A";
    if (dot && dot != cluster && dot[1]) *dot = 0, model = dot + 1;
    if (sl_strmap_intern(&ref_clusters, cluster, strlen(cluster), NULL) == RG_NONE) st = SL_ENOMEM;
    else st = add_file(r, true, cluster, model, full);
  }
  if (!st && !sl_strmap_count(&ref_clusters)) {
    st = sl_error_set(err, SL_EEMPTY, refdir, 0, "no reference <cluster>.<A|B|...>.txt in the folder");
    goto done;
  }
  if (!st && !list_dir(sysdir, &sys)) {
    st = sl_error_set(err, SL_EIO, sysdir, 0, "cannot read the system folder");
    goto done;
  }
  bool subdirs = false; /* SYSDIR/<system>/<cluster>.txt layout */
  for (size_t i = 0; i < sys.n && !st; i++) {
    join_path(full, sizeof full, sysdir, sys.a[i]);
    if (is_dir(full)) subdirs = true, st = add_system_dir(r, full, sys.a[i], &ref_clusters);
  }
  if (!st && !subdirs) {
    /* one system, named after its folder (trailing slashes ignored) */
    char name[4096];
    snprintf(name, sizeof name, "%s", sysdir);
    size_t l = strlen(name);
    while (l > 1 && name[l - 1] == '/') name[--l] = 0;
    const char *base = strrchr(name, '/');
    base = base && base[1] ? base + 1 : name;
    st = add_system_dir(r, sysdir, base, &ref_clusters);
  }
  if (st && !err) goto done;
  if (st && err && err->status != st) sl_error_set(err, st, sysdir, 0, "out of memory");
done:
  free_names(&refs);
  free_names(&sys);
  sl_strmap_free(&ref_clusters);
  return st;
}

/* ---- JSON Lines --------------------------------------------------------- */

/* Text of a JSON string, or of an array of strings joined by "\n". */
static bool json_text(json_t *v, sl_buf *b) {
  b->len = 0; /* the buffer is reused line after line */
  if (json_is_string(v)) {
    sl_buf_put(b, json_string_value(v), json_string_length(v));
    return true;
  }
  if (!json_is_array(v)) return false;
  size_t i;
  json_t *s;
  json_array_foreach(v, i, s) {
    if (!json_is_string(s)) return false;
    sl_buf_put(b, json_string_value(s), json_string_length(s));
    sl_buf_putc(b, '\n');
  }
  return true;
}

/* One cluster per line; references are named A, B, ... in array order (R27,
 * R28, ... beyond 26).  A line that is not valid JSON or lacks a field is a
 * diagnostic "path:line"; the file fails only when no line is usable. */
sl_status sl_rouge_read_jsonl(sl_rouge *r, const char *path, sl_error *err) {
  SL_API_CHECK(r && path);
  size_t n = 0;
  char *x = rg_slurp(path, &n);
  if (!x) return sl_error_set(err, SL_EIO, path, 0, "cannot read the JSON Lines file");
  sl_buf text;
  sl_buf_init(&text);
  sl_status st = SL_OK;
  long line = 0, good = 0;
  size_t pos = 0;
  char where[4352], cid[512], sid[512], mid[32], rw[5000], sw[5000];
  while (pos < n && !st) {
    const char *nl = memchr(x + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - x) : n;
    const char *s = x + pos;
    size_t len = end - pos;
    pos = end + 1;
    line++;
    while (len && isspace((unsigned char)s[len - 1])) len--; /* CR LF, trailing blanks */
    if (!len) continue;                                      /* blank line */
    snprintf(where, sizeof where, "%s:%ld", path, line);
    json_error_t je;
    json_t *o = json_loadb(s, len, 0, &je);
    json_t *id = o ? json_object_get(o, "id") : NULL, *sys = o ? json_object_get(o, "system") : NULL;
    json_t *refs = o ? json_object_get(o, "refs") : NULL, *name = o ? json_object_get(o, "system_id") : NULL;
    if (!o || !json_is_object(o) || !(json_is_string(id) || json_is_integer(id)) || !sys ||
        !json_is_array(refs)) {
      rg_diag(r, SL_DIAG_SKIPPED, where, "%s: skipped",
              !o ? je.text : "expected an object with \"id\", \"system\" and \"refs\" (array)");
      json_decref(o);
      continue;
    }
    /* ids may be strings or integers; the system name defaults to ROUGE's "X" */
    if (json_is_string(id)) snprintf(cid, sizeof cid, "%s", json_string_value(id));
    else snprintf(cid, sizeof cid, "%lld", (long long)json_integer_value(id));
    snprintf(sid, sizeof sid, "%s", json_is_string(name) ? json_string_value(name) : "X");
    if (!json_array_size(refs)) {
      rg_diag(r, SL_DIAG_SKIPPED, where, "cluster %s has no reference: skipped", cid);
      json_decref(o);
      continue;
    }
    size_t i;
    json_t *ref;
    json_array_foreach(refs, i, ref) {
      if (st) break;
      if (i < 26) snprintf(mid, sizeof mid, "%c", (char)('A' + i));
      else snprintf(mid, sizeof mid, "R%zu", i + 1);

      snprintf(rw, sizeof rw, "%s (reference %s)", where, mid);
      if (!json_text(ref, &text)) {
        rg_diag(r, SL_DIAG_SKIPPED, rw, "reference is not a string or an array of strings: skipped");
        continue;
      }
      st = rg_add(r, true, cid, mid, text.p ? text.p : "", text.len, rw, false);
    }
    if (!st) {

      snprintf(sw, sizeof sw, "%s (system %s)", where, sid);
      if (!json_text(sys, &text))
        rg_diag(r, SL_DIAG_SKIPPED, sw, "\"system\" is not a string or an array of strings: skipped");
      else
        st = rg_add(r, false, cid, sid, text.p ? text.p : "", text.len, sw, false), good++;
    }
    json_decref(o);
  }
  free(x);
  sl_buf_free(&text);
  if (st) return sl_error_set(err, st, path, line, "out of memory");
  if (!good) return sl_error_set(err, SL_EEMPTY, path, 0, "no usable line");
  return SL_OK;
}
