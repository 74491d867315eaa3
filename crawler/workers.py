"""A pool of worker processes with a time budget per task.

concurrent.futures' ProcessPoolExecutor can neither stop one task that runs too long nor survive
one worker's death (every pending future fails with BrokenProcessPool). Here each worker has a
thread of its own in the calling process that hands it one task at a time: a task over its budget
has its worker killed and replaced, a worker that dies costs only its task, and either way the
task's future gets what `on_failure` makes of it. The calling thread is never blocked.

Workers are fresh interpreters (`python -c`, never a fork of a process that runs a reactor and
threads) talking over a socket pair with multiprocessing's Connection: unlike multiprocessing's
spawn, no resource-tracker process comes along, and the caller's main module is not imported again.
"""
from __future__ import annotations

import importlib
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

logger = logging.getLogger(__name__)

TaskT = TypeVar("TaskT")
ResultT = TypeVar("ResultT")

# A worker imports the processing libraries before it takes its first task; that is not part of
# any task's budget, but a worker that cannot even start within this long is broken.
WORKER_START_SECONDS = 120.0
# How long a stopping worker may take to finish before it is killed.
WORKER_STOP_SECONDS = 5.0

_STOP = None


@dataclass(frozen=True)
class _Raised:
    """An exception a task raised in the worker, sent back as text (it may not pickle)."""

    description: str


def resolve(name: str) -> Callable[..., Any]:
    """'package.module:function' -> the function."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)


def worker_main(fd: int, run_name: str, prepare_name: str | None) -> None:
    """A worker process: the task loop on the socket inherited as `fd`."""
    # Ctrl-C, and systemd's SIGTERM, reach the whole process group: the parent decides when its
    # workers stop, after the pages in flight (a worker whose parent is gone sees EOF and exits).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    connection = Connection(fd)
    run = resolve(run_name)
    if prepare_name is not None:
        resolve(prepare_name)()
    connection.send(os.getpid())
    while True:
        try:
            task = connection.recv()
        except EOFError:  # the parent is gone
            return
        if task is _STOP:
            return
        try:
            result = run(task)
        except Exception as exc:  # noqa: BLE001 - reported to the parent with the task
            result = _Raised(f"{type(exc).__name__}: {exc}")
        connection.send(result)


class WorkerFailed(Exception):
    """Why a task has no result: over its budget, its worker died, or it raised."""


class _Slot(Generic[TaskT, ResultT]):
    """One worker process and the thread that feeds it."""

    def __init__(self, pool: WorkerPool[TaskT, ResultT], number: int):
        self.pool = pool
        self.number = number
        self.process: subprocess.Popen[bytes] | None = None
        self.connection: Connection | None = None
        self.thread = threading.Thread(target=self._serve, name=f"worker-feeder-{number}", daemon=True)

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def _start(self) -> None:
        parent, child = socket.socketpair()
        code = (f"from crawler.workers import worker_main; "
                f"worker_main({child.fileno()}, {self.pool.run!r}, {self.pool.prepare!r})")
        self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[child.fileno()])
        child.close()
        self.connection = connection = Connection(parent.detach())
        if not connection.poll(WORKER_START_SECONDS):
            self._kill()
            raise WorkerFailed(f"worker did not start within {WORKER_START_SECONDS:.0f} s")
        try:
            connection.recv()
        except EOFError:
            reason = self._exit_reason()
            self._kill()
            raise WorkerFailed(f"worker died while starting ({reason})") from None

    def _exit_reason(self) -> str:
        assert self.process is not None
        try:
            code: int | None = self.process.wait(WORKER_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None and code < 0:
            return f"killed by signal {signal.Signals(-code).name}"
        return f"exit status {code}"

    def _kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        if self.connection is not None:
            self.connection.close()
        self.process = self.connection = None

    def _hand_over(self, task: TaskT) -> Connection:
        if self.process is None:
            self._start()
        assert self.connection is not None
        try:
            self.connection.send(task)
        except (BrokenPipeError, ConnectionResetError):
            # The worker died while idle: not this task's doing, so it gets a fresh worker.
            self._kill()
            self.pool.replaced += 1
            self._start()
            assert self.connection is not None
            self.connection.send(task)
        logger.debug("worker %d took %s", self.pid, self.pool.describe(task))
        return self.connection

    def _run(self, task: TaskT) -> ResultT:
        connection = self._hand_over(task)
        try:
            if not connection.poll(self.pool.timeout):
                self._kill()
                self.pool.replaced += 1
                raise WorkerFailed(f"timeout: processing took longer than {self.pool.timeout:g} s")
            result = connection.recv()
        except (EOFError, ConnectionResetError):
            reason = self._exit_reason()
            self._kill()
            self.pool.replaced += 1
            raise WorkerFailed(f"worker died: {reason}") from None
        if isinstance(result, _Raised):
            raise WorkerFailed(f"worker error: {result.description}")
        return result

    def _serve(self) -> None:
        while True:
            item = self.pool.tasks.get()
            if item is _STOP:
                break
            task, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = self._run(task)
            except WorkerFailed as exc:
                future.set_result(self.pool.on_failure(task, str(exc)))
            except BaseException as exc:  # noqa: BLE001 - the caller awaits this future; it must settle
                future.set_exception(exc)
            else:
                future.set_result(result)
        self._stop()

    def _stop(self) -> None:
        if self.process is None or self.connection is None:
            return
        try:
            self.connection.send(_STOP)
            self.process.wait(WORKER_STOP_SECONDS)
        except (BrokenPipeError, OSError, subprocess.TimeoutExpired):
            pass
        self._kill()


class WorkerPool(Generic[TaskT, ResultT]):
    """`run(task)` in `workers` processes, at most `timeout` seconds a task. `run` and `prepare` are
    named 'module:function' and imported by the workers only, so the calling process never loads
    what they need. A task that fails (over budget, worker died,
    raised) resolves to `on_failure(task, reason)`, which runs in the calling process."""

    def __init__(self, run: str, on_failure: Callable[[TaskT, str], ResultT], *,
                 workers: int, timeout: float, prepare: str | None = None, describe: Callable[[TaskT], str] = repr):
        if workers < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.run, self.on_failure, self.prepare, self.timeout = run, on_failure, prepare, timeout
        self.describe = describe  # a task in the debug log
        self.tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.replaced = 0  # workers killed or lost and replaced
        self._slots = [_Slot(self, number) for number in range(workers)]
        for slot in self._slots:
            slot.thread.start()

    @property
    def pids(self) -> list[int]:
        return [pid for pid in (slot.pid for slot in self._slots) if pid is not None]

    def submit(self, task: TaskT) -> Future[ResultT]:
        future: Future[ResultT] = Future()
        self.tasks.put((task, future))
        return future

    def close(self) -> None:
        """Stop every worker after the tasks already submitted."""
        for _slot in self._slots:
            self.tasks.put(_STOP)
        for slot in self._slots:
            slot.thread.join()
