/*
 * Spine Review's binding to OpenJPEG (libopenjp2), the JPEG 2000 reference decoder: one
 * synchronous decode of one DICOM frame (PS3.5 A.4.4: a J2K codestream, or by tolerance a JP2
 * file) into interleaved samples. Only glue lives here: memory stream, error capture, the
 * checks a DICOM reader owes before trusting a codestream, and the copy out of OpenJPEG's
 * 32-bit planes. The caller runs it off the UI thread (decode worker, engine process).
 *
 * Why native: OpenJPEG compiled to WASM decodes a 512x512 16-bit lossless MR slice in ~65 ms
 * here, the same library natively in ~20 ms on one thread, and OpenJPEG 2.5 decodes code
 * blocks on several threads (opj_codec_set_threads). Issue 4 asks for <= 40 ms.
 */
#include <node_api.h>
#include <openjpeg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MESSAGE_CAPACITY 512

/* ---- an in-memory OpenJPEG stream over the caller's bytes ---- */

typedef struct {
  const OPJ_UINT8 *bytes;
  OPJ_SIZE_T length;
  OPJ_SIZE_T offset;
} MemorySource;

static OPJ_SIZE_T read_source(void *buffer, OPJ_SIZE_T wanted, void *user) {
  MemorySource *source = user;
  if (source->offset >= source->length) return (OPJ_SIZE_T)-1; /* end of stream, as opj expects */
  OPJ_SIZE_T available = source->length - source->offset;
  OPJ_SIZE_T count = wanted < available ? wanted : available;
  memcpy(buffer, source->bytes + source->offset, count);
  source->offset += count;
  return count;
}

static OPJ_OFF_T skip_source(OPJ_OFF_T count, void *user) {
  MemorySource *source = user;
  if (count < 0) {
    if ((OPJ_SIZE_T)(-count) > source->offset) return (OPJ_OFF_T)-1;
  } else if ((OPJ_SIZE_T)count > source->length - source->offset) {
    return (OPJ_OFF_T)-1; /* past the end: a truncated codestream, reported by opj */
  }
  source->offset = (OPJ_SIZE_T)((OPJ_OFF_T)source->offset + count);
  return count;
}

static OPJ_BOOL seek_source(OPJ_OFF_T position, void *user) {
  MemorySource *source = user;
  if (position < 0 || (OPJ_SIZE_T)position > source->length) return OPJ_FALSE;
  source->offset = (OPJ_SIZE_T)position;
  return OPJ_TRUE;
}

/* ---- OpenJPEG reports errors through a callback: keep the first lines ---- */

typedef struct {
  char text[MESSAGE_CAPACITY];
} Messages;

static void keep_error(const char *message, void *user) {
  Messages *messages = user;
  size_t used = strlen(messages->text);
  if (used + 3 >= MESSAGE_CAPACITY) return;
  if (used > 0) {
    strcat(messages->text, "; ");
    used += 2;
  }
  strncat(messages->text, message, MESSAGE_CAPACITY - used - 1);
  size_t end = strlen(messages->text);
  while (end > 0 && (messages->text[end - 1] == '\n' || messages->text[end - 1] == '\r')) messages->text[--end] = '\0';
}

static void ignore_message(const char *message, void *user) {
  (void)message;
  (void)user;
}

/* ---- helpers ---- */

static napi_value throw_error(napi_env env, const char *message) {
  napi_throw_error(env, "ERR_OPENJPEG", message);
  return NULL;
}

static int set_number(napi_env env, napi_value object, const char *name, double value) {
  napi_value number;
  return napi_create_double(env, value, &number) == napi_ok && napi_set_named_property(env, object, name, number) == napi_ok;
}

/* JP2 signature box (ISO/IEC 15444-1 I.5.1) or the J2K SOC + SIZ markers (A.4.1, A.5.1). */
static int codec_format(const OPJ_UINT8 *bytes, size_t length, OPJ_CODEC_FORMAT *format) {
  static const OPJ_UINT8 jp2[12] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};
  if (length >= 12 && memcmp(bytes, jp2, 12) == 0) {
    *format = OPJ_CODEC_JP2;
    return 1;
  }
  if (length >= 4 && bytes[0] == 0xFF && bytes[1] == 0x4F && bytes[2] == 0xFF && bytes[3] == 0x51) {
    *format = OPJ_CODEC_J2K;
    return 1;
  }
  return 0;
}

/* Lossy (irreversible) decoding can overshoot the sample range by a little: clamp, as viewers do. */
static inline OPJ_INT32 clamp(OPJ_INT32 value, OPJ_INT32 low, OPJ_INT32 high) {
  return value < low ? low : value > high ? high : value;
}

/* Checks the decoded components can be one DICOM frame; writes the reason into `why` if not. */
static int components_fit(const opj_image_t *image, OPJ_UINT32 width, OPJ_UINT32 height, char *why, size_t capacity) {
  if (image->numcomps != 1 && image->numcomps != 3) {
    snprintf(why, capacity, "the codestream has %u components; a DICOM frame has 1 or 3", image->numcomps);
    return 0;
  }
  for (OPJ_UINT32 c = 0; c < image->numcomps; c++) {
    const opj_image_comp_t *component = &image->comps[c];
    if (component->data == NULL || component->w != width || component->h != height) {
      snprintf(why, capacity, "component %u is %ux%u (subsampled or missing); the frame is %ux%u", c, component->w, component->h, width, height);
      return 0;
    }
    if (component->prec < 1 || component->prec > 16) {
      snprintf(why, capacity, "component %u has %u bits; at most 16 are supported", c, component->prec);
      return 0;
    }
    if (component->prec != image->comps[0].prec || component->sgnd != image->comps[0].sgnd) {
      snprintf(why, capacity, "the components differ in precision or sign");
      return 0;
    }
  }
  return 1;
}

/* Interleaves OpenJPEG's planes into 8- or 16-bit containers (16-bit: two's complement bit patterns). */
static void interleave(const opj_image_t *image, size_t pixels, void *out) {
  const OPJ_UINT32 components = image->numcomps;
  const OPJ_UINT32 precision = image->comps[0].prec;
  const int is_signed = image->comps[0].sgnd != 0;
  const OPJ_INT32 low = is_signed ? -(1 << (precision - 1)) : 0;
  const OPJ_INT32 high = is_signed ? (1 << (precision - 1)) - 1 : (OPJ_INT32)((1u << precision) - 1);
  for (OPJ_UINT32 c = 0; c < components; c++) {
    const OPJ_INT32 *plane = image->comps[c].data;
    if (precision <= 8) {
      OPJ_UINT8 *target = (OPJ_UINT8 *)out + c;
      for (size_t i = 0; i < pixels; i++) target[i * components] = (OPJ_UINT8)clamp(plane[i], low, high);
    } else {
      OPJ_UINT16 *target = (OPJ_UINT16 *)out + c;
      for (size_t i = 0; i < pixels; i++) target[i * components] = (OPJ_UINT16)clamp(plane[i], low, high);
    }
  }
}

/*
 * decode(codestream: Uint8Array, expectedWidth: number, expectedHeight: number, threads: number)
 *   -> { width, height, components, bitsPerSample, signed, samples: ArrayBuffer }
 * The size the DICOM header promises (Rows, Columns; PS3.3 C.7.6.3) is checked against the
 * codestream's SIZ before anything is decoded, so a forged size cannot make us allocate.
 */
static napi_value decode(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value args[4];
  if (napi_get_cb_info(env, info, &argc, args, NULL, NULL) != napi_ok || argc < 4) return throw_error(env, "decode(codestream, expectedWidth, expectedHeight, threads) needs four arguments");
  napi_typedarray_type type;
  size_t length;
  void *data;
  if (napi_get_typedarray_info(env, args[0], &type, &length, &data, NULL, NULL) != napi_ok || type != napi_uint8_array) return throw_error(env, "the codestream must be a Uint8Array");
  uint32_t expected_width, expected_height, threads;
  if (napi_get_value_uint32(env, args[1], &expected_width) != napi_ok || napi_get_value_uint32(env, args[2], &expected_height) != napi_ok ||
      napi_get_value_uint32(env, args[3], &threads) != napi_ok)
    return throw_error(env, "expectedWidth, expectedHeight and threads must be numbers");

  OPJ_CODEC_FORMAT format;
  if (!codec_format(data, length, &format)) return throw_error(env, "not a JPEG 2000 codestream (no SOC/SIZ marker or JP2 signature at its start)");

  Messages messages = {{0}};
  char why[2 * MESSAGE_CAPACITY] = {0}; /* room for OpenJPEG's lines plus our context */
  MemorySource source = {data, length, 0};
  opj_codec_t *codec = opj_create_decompress(format);
  opj_stream_t *stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
  opj_image_t *image = NULL;
  napi_value result = NULL;
  if (codec == NULL || stream == NULL) {
    snprintf(why, sizeof why, "OpenJPEG could not start a decoder");
    goto done;
  }
  opj_set_error_handler(codec, keep_error, &messages);
  opj_set_warning_handler(codec, ignore_message, NULL);
  opj_set_info_handler(codec, ignore_message, NULL);
  opj_dparameters_t parameters;
  opj_set_default_decoder_parameters(&parameters);
  if (!opj_setup_decoder(codec, &parameters)) {
    snprintf(why, sizeof why, "OpenJPEG refused its decoder parameters");
    goto done;
  }
  /* Fails only where OpenJPEG was built without threads: then it decodes on one, which is fine. */
  if (threads > 1) opj_codec_set_threads(codec, (int)threads);
  opj_stream_set_user_data(stream, &source, NULL);
  opj_stream_set_user_data_length(stream, length);
  opj_stream_set_read_function(stream, read_source);
  opj_stream_set_skip_function(stream, skip_source);
  opj_stream_set_seek_function(stream, seek_source);

  if (!opj_read_header(stream, codec, &image) || image == NULL) {
    snprintf(why, sizeof why, "unreadable JPEG 2000 header%s%s", messages.text[0] ? ": " : "", messages.text);
    goto done;
  }
  const OPJ_UINT32 width = image->x1 - image->x0;
  const OPJ_UINT32 height = image->y1 - image->y0;
  if (width != expected_width || height != expected_height) {
    snprintf(why, sizeof why, "the codestream is %ux%u but the DICOM header says %ux%u (Columns x Rows)", width, height, expected_width, expected_height);
    goto done;
  }
  if (!opj_decode(codec, stream, image) || !opj_end_decompress(codec, stream)) {
    snprintf(why, sizeof why, "%s", messages.text[0] ? messages.text : "OpenJPEG could not decode the codestream");
    goto done;
  }
  if (!components_fit(image, width, height, why, sizeof why)) goto done;

  const size_t pixels = (size_t)width * height;
  const size_t bytes_per_sample = image->comps[0].prec <= 8 ? 1 : 2;
  void *samples;
  napi_value buffer, object;
  if (napi_create_arraybuffer(env, pixels * image->numcomps * bytes_per_sample, &samples, &buffer) != napi_ok || napi_create_object(env, &object) != napi_ok) {
    snprintf(why, sizeof why, "no memory for %zu decoded samples", pixels * image->numcomps);
    goto done;
  }
  interleave(image, pixels, samples);
  napi_value is_signed;
  napi_get_boolean(env, image->comps[0].sgnd != 0, &is_signed);
  if (set_number(env, object, "width", width) && set_number(env, object, "height", height) && set_number(env, object, "components", image->numcomps) &&
      set_number(env, object, "bitsPerSample", image->comps[0].prec) && napi_set_named_property(env, object, "signed", is_signed) == napi_ok &&
      napi_set_named_property(env, object, "samples", buffer) == napi_ok)
    result = object;
  else
    snprintf(why, sizeof why, "could not build the result object");

done:
  if (image != NULL) opj_image_destroy(image);
  if (stream != NULL) opj_stream_destroy(stream);
  if (codec != NULL) opj_destroy_codec(codec);
  if (result == NULL) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (!pending) throw_error(env, why[0] ? why : "OpenJPEG failed");
  }
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value decode_function, version, threads;
  napi_create_function(env, "decode", NAPI_AUTO_LENGTH, decode, NULL, &decode_function);
  napi_create_string_utf8(env, opj_version(), NAPI_AUTO_LENGTH, &version);
  napi_get_boolean(env, opj_has_thread_support() != 0, &threads);
  napi_set_named_property(env, exports, "decode", decode_function);
  napi_set_named_property(env, exports, "openJpegVersion", version);
  napi_set_named_property(env, exports, "hasThreadSupport", threads);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
