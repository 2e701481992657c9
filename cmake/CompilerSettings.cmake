# Compiler policy in one INTERFACE target (the qBittorrent way): every target links wres_settings
# instead of setting global flags.
add_library(wres_settings INTERFACE)
target_compile_features(wres_settings INTERFACE cxx_std_20)
target_compile_definitions(wres_settings INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(wres_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(WRES_WERROR)
        target_compile_options(wres_settings INTERFACE -Werror)
    endif()
    if(WRES_SANITIZE)
        target_compile_options(wres_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(wres_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(wres_settings INTERFACE /W4 /permissive- /utf-8)
    if(WRES_WERROR)
        target_compile_options(wres_settings INTERFACE /WX)
    endif()
endif()

# Production code spells out every string's encoding; tests may use plain literals.
add_library(wres_strict_strings INTERFACE)
target_compile_definitions(wres_strict_strings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
