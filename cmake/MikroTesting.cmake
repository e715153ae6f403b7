# The one helper that turns a tst_*.cpp into a CTest suite (CONVENTIONS.md §2).
# mikro_add_test(tst_Money LABEL unit LIBS mikro_core)
# The time zone is far from UTC and has daylight saving, so a leaked local time fails.
set(MIKRO_TEST_ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=Pacific/Auckland")

function(_mikro_test_executable name)
    add_executable(${name} ${name}.cpp)
    target_link_libraries(${name} PRIVATE mikro_testsupport mikro_defaults Qt6::Test ${ARGN})
endfunction()

function(mikro_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "LABEL;TIMEOUT" "LIBS;ENV")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    _mikro_test_executable(${name} ${arg_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${arg_LABEL}" TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${MIKRO_TEST_ENVIRONMENT};${arg_ENV}")
endfunction()

# mikro_add_db_test(tst_Schema LIBS mikro_store): the suite runs twice, as <name>:sqlite and
# <name>:postgres, with MIKRO_TEST_DB naming the engine (tests/support/TempDatabase).
function(mikro_add_db_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "LABEL" "LIBS")
    if(NOT arg_LABEL)
        set(arg_LABEL integration)
    endif()
    _mikro_test_executable(${name} ${arg_LIBS})
    foreach(engine sqlite postgres)
        add_test(NAME ${name}:${engine} COMMAND ${name})
        set_tests_properties(${name}:${engine} PROPERTIES LABELS "${arg_LABEL}" TIMEOUT 180
            ENVIRONMENT "${MIKRO_TEST_ENVIRONMENT};MIKRO_TEST_DB=${engine}")
    endforeach()
endfunction()
