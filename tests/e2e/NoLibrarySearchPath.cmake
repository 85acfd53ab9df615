# Fails when a program carries a library search path of its own (RPATH or RUNPATH): Lodestar
# links only the system's libraries, and the empty entries CMake once padded the build tree's
# RUNPATH with made the loader look for every library in the folder the program was run in.
# Usage: cmake -DPROGRAM=<file> -P NoLibrarySearchPath.cmake
file(READ_ELF "${PROGRAM}" RPATH rpath RUNPATH runpath)
if(DEFINED rpath OR DEFINED runpath)
  message(FATAL_ERROR "${PROGRAM} has a library search path: RPATH '${rpath}', RUNPATH '${runpath}'")
endif()
