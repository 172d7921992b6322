// The few Graphviz calls ContextMap makes, with the C awkwardness absorbed here: macros,
// non-const `char *` parameters, and gvRenderData's length type, which changed in Graphviz 13.
#ifndef CONTEXTMAP_GRAPHVIZ_SHIM_H
#define CONTEXTMAP_GRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz_version.h>
#include <gvc.h>

/// Renders a laid-out graph into memory; `*length` is the byte count, whatever the version.
static inline int cm_render_data(GVC_t *gvc, Agraph_t *graph, const char *format,
                                 char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, graph, format, result, length);
#else
    unsigned int count = 0;
    int status = gvRenderData(gvc, graph, format, result, &count);
    *length = count;
    return status;
#endif
}

/// Parses a graph written in the DOT language; NULL when it does not parse.
static inline Agraph_t *cm_read_graph(const char *dot) {
    return agmemread(dot);
}

/// The Graphviz version the library reports at run time, e.g. "2.43.0".
static inline const char *cm_graphviz_version(GVC_t *gvc) {
    return gvcVersion(gvc);
}

#endif
