# mikro_defaults: the compile settings every Mikro target links PRIVATE (CONVENTIONS.md §2).
add_library(mikro_defaults INTERFACE)
target_compile_features(mikro_defaults INTERFACE cxx_std_20)
target_include_directories(mikro_defaults INTERFACE "${PROJECT_SOURCE_DIR}")
target_compile_options(mikro_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wzero-as-null-pointer-constant
    $<$<CXX_COMPILER_ID:GNU>:-Wuseless-cast -Wduplicated-cond -Wlogical-op>
    $<$<BOOL:${MIKRO_WERROR}>:-Werror>)
target_compile_definitions(mikro_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MIKRO_VERSION="${PROJECT_VERSION}")
if(MIKRO_SANITIZE)
    target_compile_options(mikro_defaults INTERFACE
        -fsanitize=${MIKRO_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mikro_defaults INTERFACE -fsanitize=${MIKRO_SANITIZE})
endif()
