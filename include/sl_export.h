/* sl_export.h — symbol visibility for the public API.  The library is
 * compiled with -fvisibility=hidden; only SL_EXPORT symbols form the ABI. */
#ifndef SL_EXPORT_H
#define SL_EXPORT_H
#if defined(__GNUC__) || defined(__clang__)
#define SL_EXPORT __attribute__((visibility("default")))
#else
#define SL_EXPORT
#endif
#endif
