# Unity builds. The three libraries are most of what CI compiles, three times per run (the ci
# preset, the hardened package, asan); compiling them in batches of files parses the Qt
# headers once per batch instead of once per file. Names local to a file (anonymous
# namespaces, static functions) must therefore be unique within the library.
# LODESTAR_UNITY=OFF compiles file by file (the dev preset: an edit recompiles one file).
option(LODESTAR_UNITY "Compile the libraries in batches of files" ON)
set(LODESTAR_UNITY_BATCH 8 CACHE STRING "Files per batch in a unity build (0: the whole library)")

# lodestar_unity(<target>): compile the target's files in batches when LODESTAR_UNITY is on.
function(lodestar_unity target)
  if(LODESTAR_UNITY)
    set_target_properties(${target} PROPERTIES
      UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${LODESTAR_UNITY_BATCH})
  endif()
endfunction()
