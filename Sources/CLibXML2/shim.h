#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <stdlib.h>
#include <string.h>
#include <libxml/xmlversion.h>
// libxml2's encoding.h includes ICU's <unicode/ucnv.h> when built with ICU, and
// those declarations clash with Foundation's own copy of ICU. prov never calls
// libxml2's ICU converters, and the only fields it hides sit at the end of
// xmlCharEncodingHandler, which prov never touches.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <zlib.h>

/// The options prov parses every page with: recover from broken markup, say
/// nothing on stderr, and never touch the network.
static inline int clibxml2_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
}

/// Parses an HTML page held in memory. A NULL `encoding` lets libxml2 take the
/// page's declared charset (`<meta charset>`, `http-equiv`), else UTF-8 / Latin-1.
/// Free the result with `xmlFreeDoc`.
static inline htmlDocPtr clibxml2_read_html(const char *bytes, int length, const char *encoding) {
    return htmlReadMemory(bytes, length, NULL, encoding, clibxml2_html_options());
}

/// Inflates gzip data (`inflateInit2` is a macro, so Swift cannot call it).
/// On success returns 0 and sets `*out` (free it with `free`) and `*outLength`;
/// otherwise returns a zlib error code and leaves `*out` NULL. Concatenated
/// gzip members are read one after the other, as gunzip does.
static inline int clibxml2_gunzip(const unsigned char *in, size_t inLength, unsigned char **out, size_t *outLength) {
    *out = NULL;
    *outLength = 0;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int code = inflateInit2(&stream, 16 + MAX_WBITS);
    if (code != Z_OK) return code;
    size_t capacity = inLength * 4 + 1024;
    unsigned char *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&stream); return Z_MEM_ERROR; }
    size_t used = 0;
    size_t consumed = 0;
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            unsigned char *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); inflateEnd(&stream); return Z_MEM_ERROR; }
            buffer = grown;
        }
        size_t inChunk = inLength - consumed;
        size_t outChunk = capacity - used;
        stream.next_in = (unsigned char *)in + consumed;
        stream.avail_in = (uInt)(inChunk > 0x7fffffff ? 0x7fffffff : inChunk);
        stream.next_out = buffer + used;
        stream.avail_out = (uInt)(outChunk > 0x7fffffff ? 0x7fffffff : outChunk);
        uInt availIn = stream.avail_in, availOut = stream.avail_out;
        code = inflate(&stream, Z_NO_FLUSH);
        consumed += availIn - stream.avail_in;
        used += availOut - stream.avail_out;
        if (code == Z_STREAM_END) {
            if (consumed < inLength && in[consumed] == 0x1f) {  // another gzip member
                inflateReset(&stream);
                continue;
            }
            break;
        }
        if (code != Z_OK && !(code == Z_BUF_ERROR && stream.avail_out == 0)) {
            free(buffer);
            inflateEnd(&stream);
            return code == Z_BUF_ERROR ? Z_DATA_ERROR : code;  // truncated input
        }
    }
    inflateEnd(&stream);
    *out = buffer;
    *outLength = used;
    return Z_OK;
}

#endif
