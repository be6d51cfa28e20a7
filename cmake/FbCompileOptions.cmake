# Compile settings every project target links, instead of directory-scoped state.
add_library(fb_compile_options INTERFACE)
target_compile_definitions(fb_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    FB_VERSION="${PROJECT_VERSION}")
target_compile_options(fb_compile_options INTERFACE
    -Wall -Wextra -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
    $<$<BOOL:${FB_WARNINGS_AS_ERRORS}>:-Werror>)

# Precompiled Qt headers for a target; cheap to skip when FB_ENABLE_PCH is off.
function(fb_precompile target)
    if(FB_ENABLE_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
