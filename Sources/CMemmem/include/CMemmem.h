#ifndef SITEGEN_CMEMMEM_H
#define SITEGEN_CMEMMEM_H
#include <stddef.h>

/// glibc's memmem(3), which Swift's Glibc module leaves out (it is a GNU extension, declared
/// only under _GNU_SOURCE): where `needle` first starts in `haystack`, or NULL.
const void *sitegen_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
