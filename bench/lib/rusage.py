#!/usr/bin/env python3
"""Runs a command and reports the resources of that child alone, as one JSON line.

usage: rusage.py RESULT_JSON STDOUT_FILE|- TIMEOUT_S -- CMD ARGS...

CPU time is the child's own user+sys (all its threads, e.g. worker threads, and any
children it waited for), from wait4(2); peak RSS is the child's ru_maxrss. The wrapper's
own cost is not counted. Wall time runs from the spawn to the child's exit.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time


def main():
    result_path, stdout_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    assert sys.argv[4] == "--"
    cmd = sys.argv[5:]
    out = subprocess.DEVNULL if stdout_path == "-" else open(stdout_path, "wb")
    timed_out = [False]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, start_new_session=True)

    def kill():
        timed_out[0] = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill) if timeout > 0 else None
    if timer:
        timer.start()
    err_chunks = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    reader.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
    if timer:
        timer.cancel()
    reader.join()
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    res = {
        "code": os.waitstatus_to_exitcode(status),
        "user": ru.ru_utime,
        "sys": ru.ru_stime,
        "cpu": ru.ru_utime + ru.ru_stime,
        "wall": wall,
        "maxrss_mb": ru.ru_maxrss / 1024.0,  # Linux: kilobytes
        "timed_out": timed_out[0],
        "stderr": stderr[-4000:],
    }
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(res, f)


if __name__ == "__main__":
    main()
