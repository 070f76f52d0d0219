/*
 * date.c — civil dates as day numbers (days since 1970-01-01).  The
 * conversions are Howard Hinnant's well-known closed forms, valid for any
 * proleptic Gregorian date in int32 range.
 */
#include <ctype.h>
#include <stdio.h>

#include "core.h"

int32_t sl_days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int32_t)doe - 719468;
}

void sl_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = (int)yoe + era * 400 + (*m <= 2);
}

int sl_weekday(int32_t day) {
  /* 1970-01-01 was a Thursday (3 with Monday = 0). */
  int w = (int)((day % 7 + 7) % 7);
  return (w + 3) % 7;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned sl_days_in_month(int y, unsigned m) {
  static const unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : dm[m - 1];
}

bool sl_date_valid(int y, unsigned m, unsigned d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= sl_days_in_month(y, m);
}

int32_t sl_date_parse(const char *s, size_t n) {
  if (!s || n < 10) return SL_NO_DATE;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return SL_NO_DATE;
    } else if (!isdigit((unsigned char)s[i])) {
      return SL_NO_DATE;
    }
  }
  /* Allow a time part ("T12:00:00Z" or " 12:00") but not trailing digits. */
  if (n > 10 && isdigit((unsigned char)s[10])) return SL_NO_DATE;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
  unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
  if (!sl_date_valid(y, m, d)) return SL_NO_DATE;
  return sl_days_from_civil(y, m, d);
}

void sl_date_format(int32_t day, char out[16]) {
  if (day == SL_NO_DATE) {
    snprintf(out, 16, "unknown");
    return;
  }
  int y;
  unsigned m, d;
  sl_civil_from_days(day, &y, &m, &d);
  /* The modulos bound the field widths for the compiler; real dates are unaffected. */
  int yy = y % 10000;
  unsigned mm = m % 100, dd = d % 100;
  if (yy >= 0) {
    /* what the snprintf below writes, digit by digit: a digest formats a
     * date per outlet and per event, and snprintf cost ~250 instructions
     * a call (speed round, thirty-seventh pass) */
    out[0] = (char)('0' + yy / 1000), out[1] = (char)('0' + yy / 100 % 10);
    out[2] = (char)('0' + yy / 10 % 10), out[3] = (char)('0' + yy % 10);
    out[4] = '-', out[5] = (char)('0' + mm / 10), out[6] = (char)('0' + mm % 10);
    out[7] = '-', out[8] = (char)('0' + dd / 10), out[9] = (char)('0' + dd % 10);
    out[10] = '\0';
    return;
  }
  snprintf(out, 16, "%04d-%02u-%02u", yy, mm, dd);
}
