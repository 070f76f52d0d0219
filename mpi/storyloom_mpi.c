/*
 * storyloom_mpi.c — storyloom on MPI: digest many stories across ranks and
 * machines.
 *
 *   mpirun -n N storyloom-mpi [options] PATH...
 *
 * Each PATH (file or directory) is one story.  Story i is digested by rank
 * i mod N; rank 0 gathers the rendered digests and writes them in PATH
 * order, so the output is byte for byte the same for any N (and the same
 * as running `storyloom digest` on each PATH in turn).  Every rank reads
 * only its own stories' input, so input I/O and analysis both scale out;
 * paths must be visible to every rank (a shared file system).
 *
 * Like the CLI, this is a client of <storyloom.h> only (plus the CLI's
 * option parsing in cli/common.c).
 */
#include <mpi.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/cli.h"

enum { TAG_LEN = 1, TAG_BODY = 2, TAG_RC = 3 };

/* Digests one path into a rendered string (malloc'd); *rc gets the exit code. */
static char *digest_one(const cli_opts *base, char *path, int *rc) {
  cli_opts o = *base;
  o.paths = &path;
  o.npaths = 1;
  o.quiet = base->quiet;
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, rc);
  if (!c) return NULL;
  sl_error err = {0};
  sl_digest *d = sl_digest_new(c, NULL, 0, &o.digest, &err);
  char *out = d ? sl_render_digest(d, o.format, 0) : NULL;
  if (!out) {
    fprintf(stderr, "%s: %s\n", path, d ? "out of memory" : err.msg);
    *rc = SL_EXIT_INTERNAL;
  } else {
    *rc = partial ? SL_EXIT_PARTIAL : SL_EXIT_OK;
  }
  sl_digest_free(d);
  sl_corpus_free(c);
  return out;
}

/* Exit code for the whole run: the worst of the stories'. */
static int worse(int a, int b) {
  static const int rank_of[] = {0, 1, 3, 2, 4}; /* OK < PARTIAL < NOINPUT < USAGE < INTERNAL */
  int ra = a >= 0 && a <= 4 ? rank_of[a] : 5, rb = b >= 0 && b <= 4 ? rank_of[b] : 5;
  return ra >= rb ? a : b;
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, NULL, NULL);
  if (rc == SL_EXIT_OK && o.npaths == 0) {
    if (rank == 0) fprintf(stderr, "usage: mpirun -n N storyloom-mpi [options] PATH...\n");
    rc = SL_EXIT_USAGE;
  }
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    MPI_Finalize();
    return rc;
  }
  int final = SL_EXIT_OK;
  FILE *out = stdout;
  if (rank == 0 && o.output && !(out = fopen(o.output, "wb"))) {
    fprintf(stderr, "storyloom-mpi: cannot write %s\n", o.output);
    MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  }
  for (int i = 0; i < o.npaths; i++) {
    int owner = i % size;
    if (owner != rank && rank != 0) continue;
    char *s = NULL;
    int src = SL_EXIT_OK;
    long len = 0;
    if (owner == rank) {
      s = digest_one(&o, o.paths[i], &src);
      len = s ? (long)strlen(s) : -1;
    }
    if (owner != 0) {
      if (rank == owner) { /* worker: send code, length, body */
        MPI_Send(&src, 1, MPI_INT, 0, TAG_RC, MPI_COMM_WORLD);
        MPI_Send(&len, 1, MPI_LONG, 0, TAG_LEN, MPI_COMM_WORLD);
        if (len > 0) MPI_Send(s, (int)len, MPI_CHAR, 0, TAG_BODY, MPI_COMM_WORLD);
      } else { /* rank 0: receive in story order */
        MPI_Recv(&src, 1, MPI_INT, owner, TAG_RC, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        MPI_Recv(&len, 1, MPI_LONG, owner, TAG_LEN, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (len > 0) {
          s = malloc((size_t)len + 1);
          if (!s) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
          MPI_Recv(s, (int)len, MPI_CHAR, owner, TAG_BODY, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
          s[len] = '\0';
        }
      }
    }
    if (rank == 0) {
      final = worse(final, src);
      if (s) {
        if (o.format == SL_FORMAT_TEXT) fprintf(out, "%s== %s\n", i ? "\n" : "", o.paths[i]);
        fputs(s, out);
      }
    }
    sl_free(s);
  }
  if (rank == 0 && out != stdout && fclose(out) != 0) final = SL_EXIT_INTERNAL;
  free(o.paths);
  MPI_Bcast(&final, 1, MPI_INT, 0, MPI_COMM_WORLD);
  MPI_Finalize();
  return final;
}
