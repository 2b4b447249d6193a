// librsvg and cairo through dlopen: the few functions sitegen calls, declared here by their
// documented C signatures (librsvg 2.52+, cairo 1.x), so that no header or link flag of theirs
// is needed to build, and nothing of them is loaded until a build draws a card.
#include "rsvg_loader.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint32_t domain; int code; char *message; } GError;
typedef struct { double x, y, width, height; } RsvgRectangle;
typedef void RsvgHandle;
typedef void cairo_surface_t;
typedef void cairo_t;
enum { CAIRO_FORMAT_RGB24 = 1, CAIRO_STATUS_SUCCESS = 0 };

static struct {
    int loaded;
    char version[96];
    RsvgHandle *(*new_from_data)(const uint8_t *, size_t, GError **);
    int (*intrinsic_size_in_pixels)(RsvgHandle *, double *, double *);
    int (*render_document)(RsvgHandle *, cairo_t *, const RsvgRectangle *, GError **);
    void (*object_unref)(void *);
    void (*error_free)(GError *);
    cairo_surface_t *(*image_surface_create)(int, int, int);
    cairo_t *(*create)(cairo_surface_t *);
    void (*set_source_rgb)(cairo_t *, double, double, double);
    void (*paint)(cairo_t *);
    void (*surface_flush)(cairo_surface_t *);
    int (*surface_status)(cairo_surface_t *);
    unsigned char *(*image_surface_get_data)(cairo_surface_t *);
    int (*image_surface_get_stride)(cairo_surface_t *);
    void (*surface_destroy)(cairo_surface_t *);
    void (*destroy)(cairo_t *);
    const char *(*status_to_string)(int);
    const char *(*version_string)(void);
} lib;

static int find(void *library, const char *name, void **symbol, char *message, size_t size) {
    *symbol = dlsym(library, name);
    if (*symbol == NULL) snprintf(message, size, "%s is missing from the loaded library", name);
    return *symbol == NULL ? -1 : 0;
}

#define FIND(library, field, name) \
    if (find(library, name, (void **)&lib.field, message, message_size) != 0) return -1

int sitegen_rsvg_load(char *message, size_t message_size) {
    if (lib.loaded) return 0;
    void *rsvg = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    void *cairo = dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
    void *gobject = dlopen("libgobject-2.0.so.0", RTLD_NOW | RTLD_LOCAL);
    void *glib = dlopen("libglib-2.0.so.0", RTLD_NOW | RTLD_LOCAL);
    if (rsvg == NULL || cairo == NULL || gobject == NULL || glib == NULL) {
        snprintf(message, message_size, "cannot load librsvg and cairo (install Debian's librsvg2-2 and libcairo2): %s", dlerror());
        return -1;
    }
    const unsigned *major = dlsym(rsvg, "rsvg_major_version");
    const unsigned *minor = dlsym(rsvg, "rsvg_minor_version");
    const unsigned *micro = dlsym(rsvg, "rsvg_micro_version");
    if (major == NULL || minor == NULL || micro == NULL || *major != 2 || *minor < 52) {
        snprintf(message, message_size, "librsvg %u.%u.%u is too old: sitegen needs 2.52 or later (Debian's librsvg2-2)",
                 major ? *major : 0, minor ? *minor : 0, micro ? *micro : 0);
        return -1;
    }
    FIND(rsvg, new_from_data, "rsvg_handle_new_from_data");
    FIND(rsvg, intrinsic_size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels");
    FIND(rsvg, render_document, "rsvg_handle_render_document");
    FIND(gobject, object_unref, "g_object_unref");
    FIND(glib, error_free, "g_error_free");
    FIND(cairo, image_surface_create, "cairo_image_surface_create");
    FIND(cairo, create, "cairo_create");
    FIND(cairo, set_source_rgb, "cairo_set_source_rgb");
    FIND(cairo, paint, "cairo_paint");
    FIND(cairo, surface_flush, "cairo_surface_flush");
    FIND(cairo, surface_status, "cairo_surface_status");
    FIND(cairo, image_surface_get_data, "cairo_image_surface_get_data");
    FIND(cairo, image_surface_get_stride, "cairo_image_surface_get_stride");
    FIND(cairo, surface_destroy, "cairo_surface_destroy");
    FIND(cairo, destroy, "cairo_destroy");
    FIND(cairo, status_to_string, "cairo_status_to_string");
    FIND(cairo, version_string, "cairo_version_string");
    snprintf(lib.version, sizeof lib.version, "librsvg %u.%u.%u, cairo %s", *major, *minor, *micro, lib.version_string());
    lib.loaded = 1;
    return 0;
}

const char *sitegen_rsvg_version(void) { return lib.version; }

static int fail(int code, GError **error, const char *what, char *message, size_t size) {
    snprintf(message, size, "%s%s", what, error && *error ? (*error)->message : "no reason given");
    if (error && *error) { lib.error_free(*error); *error = NULL; }
    return code;
}

int sitegen_rsvg_draw(const uint8_t *svg, size_t length, double zoom, int max_side,
                      uint32_t **pixels, int *width, int *height, char *message, size_t message_size) {
    GError *error = NULL;
    *pixels = NULL;
    if (!lib.loaded) { snprintf(message, message_size, "librsvg is not loaded"); return 3; }
    RsvgHandle *handle = lib.new_from_data(svg, length, &error);
    if (handle == NULL) return fail(1, &error, "", message, message_size);
    double w = 0, h = 0;
    if (!lib.intrinsic_size_in_pixels(handle, &w, &h)) {
        lib.object_unref(handle);
        snprintf(message, message_size, "its width and height are not given in pixels");
        return 2;
    }
    double columns_d = w * zoom + 0.5, rows_d = h * zoom + 0.5;
    if (!(columns_d >= 1 && columns_d < max_side + 1 && rows_d >= 1 && rows_d < max_side + 1)) {
        lib.object_unref(handle);
        snprintf(message, message_size, "%.0f × %.0f pixels (at most %d a side)", w * zoom, h * zoom, max_side);
        return 2;
    }
    int columns = (int)columns_d, rows = (int)rows_d;
    cairo_surface_t *surface = lib.image_surface_create(CAIRO_FORMAT_RGB24, columns, rows);
    cairo_t *context = lib.create(surface);
    lib.set_source_rgb(context, 1, 1, 1);
    lib.paint(context);
    RsvgRectangle viewport = {0, 0, columns, rows};
    int code = 0;
    if (!lib.render_document(handle, context, &viewport, &error)) {
        code = fail(3, &error, "", message, message_size);
    } else {
        lib.surface_flush(surface);
        int status = lib.surface_status(surface);
        unsigned char *data = lib.image_surface_get_data(surface);
        uint32_t *out = malloc((size_t)columns * (size_t)rows * sizeof(uint32_t));
        if (status != CAIRO_STATUS_SUCCESS || data == NULL || out == NULL) {
            snprintf(message, message_size, "%s", status != CAIRO_STATUS_SUCCESS ? lib.status_to_string(status) : "out of memory");
            free(out);
            code = 4;
        } else {
            // RGB24: a 32-bit word a pixel in the machine's order, its top byte unused.
            int stride = lib.image_surface_get_stride(surface);
            for (int row = 0; row < rows; row++) {
                const uint32_t *line = (const uint32_t *)(data + (size_t)row * (size_t)stride);
                for (int column = 0; column < columns; column++) out[(size_t)row * columns + column] = line[column] & 0xFFFFFF;
            }
            *pixels = out;
            *width = columns;
            *height = rows;
        }
    }
    lib.destroy(context);
    lib.surface_destroy(surface);
    lib.object_unref(handle);
    return code;
}
