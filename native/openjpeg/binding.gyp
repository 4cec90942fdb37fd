{
  # One N-API addon (ABI-stable: the same .node loads in Node and in Electron) linked to the
  # system OpenJPEG found by pkg-config (Debian: libopenjp2-7-dev; Homebrew: openjpeg).
  "targets": [
    {
      "target_name": "spine_openjpeg",
      "sources": ["src/spine_openjpeg.c"],
      "defines": ["NAPI_VERSION=8"],
      "cflags": ["-O2", "-Wall", "-Wextra", "-Werror"],
      "conditions": [
        ["OS!='win'", {
          "cflags": ["<!@(pkg-config --cflags libopenjp2)"],
          "xcode_settings": { "OTHER_CFLAGS": ["<!@(pkg-config --cflags libopenjp2)"] },
          "libraries": ["<!@(pkg-config --libs libopenjp2)"]
        }]
      ]
    }
  ]
}
