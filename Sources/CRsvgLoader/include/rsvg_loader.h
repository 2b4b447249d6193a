#ifndef SITEGEN_RSVG_LOADER_H
#define SITEGEN_RSVG_LOADER_H

#include <stddef.h>
#include <stdint.h>

/// Loads Debian's librsvg and cairo (librsvg2-2, libcairo2) the first time it is called, by
/// dlopen, so that a build without cards never maps them (with them linked, every run of
/// sitegen loaded some 36 more libraries: 7 MB more resident at start). Returns 0, or -1 with
/// `message` saying what is missing. Call it, and the two below, from one thread only.
int sitegen_rsvg_load(char *message, size_t message_size);

/// "librsvg 2.54.7, cairo 1.16.0", after a successful load.
const char *sitegen_rsvg_version(void);

/// Draws `svg` (`length` bytes) at `zoom` over white. On success returns 0 and sets `pixels`
/// to `width * height` words, 0x00RRGGBB, row after row (free them with `free`). Otherwise
/// returns 1 (not a drawable SVG), 2 (its size is not in pixels or over `max_side` a side),
/// 3 (librsvg could not draw it) or 4 (cairo failed), with `message` saying why.
int sitegen_rsvg_draw(const uint8_t *svg, size_t length, double zoom, int max_side,
                      uint32_t **pixels, int *width, int *height, char *message, size_t message_size);

#endif
