/*
 * replay.c — runs every file of a directory (the fuzz corpus) through
 * LLVMFuzzerTestOneInput, so findings become regression tests in plain
 * ctest without libFuzzer (as SQLite's fuzzcheck).  Usage: replay DIR.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
    return 2;
  }
  DIR *d = opendir(argv[1]);
  if (!d) {
    perror(argv[1]);
    return 1;
  }
  size_t files = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *p = malloc(n > 0 ? (size_t)n : 1);
    if (!p || fread(p, 1, (size_t)n, f) != (size_t)n) {
      fprintf(stderr, "cannot read %s\n", path);
      return 1;
    }
    fclose(f);
    (void)LLVMFuzzerTestOneInput(p, (size_t)n); /* aborts on a finding */
    free(p);
    files++;
  }
  closedir(d);
  printf("replayed %zu inputs\n", files);
  return files ? 0 : 1;
}
