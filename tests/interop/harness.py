"""What every interop driver shares: run each operation through the vendor SDK, report it, and
exit non-zero if any did not complete.

An operation completes when the SDK call returns (or, where noted, raises the SDK's own error for
the documented status the call is meant to reach) and the checks on what it decoded hold."""

import sys
import traceback

_results = []


def operation(name):
    """Decorator: runs the function now as the check of operation `name`."""

    def run(check):
        try:
            check()
        except Exception as error:  # every failure is reported, none stops the others
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            _results.append((name, False, detail))
            print(f"FAIL {name}: {detail}", flush=True)
            traceback.print_exc(file=sys.stderr)
        else:
            _results.append((name, True, ""))
            print(f"ok   {name}", flush=True)
        return check

    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def finish(api, expected):
    passed = sum(1 for _, ok, _ in _results if ok)
    names = [name for name, _, _ in _results]
    missing = [name for name in expected if name not in names]
    for name in missing:
        print(f"FAIL {name}: not driven", flush=True)
    total = len(expected)
    print(f"{api}: {passed} of {total} operations completed through the vendor SDK", flush=True)
    sys.exit(0 if passed == total and not missing else 1)
