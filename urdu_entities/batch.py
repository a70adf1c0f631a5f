"""Many texts through one extractor, in input order, on one core or several.

This is the machinery behind :meth:`Pipeline.pipe`. It knows nothing of how a pipeline is
built: it is handed an object with ``extract(text, *, reference_date=...)``. With more than
one process, each worker gets that object once — inherited by ``fork`` where the platform has
it (no pickling, no start-up cost beyond the fork), otherwise built in the worker by a
picklable ``factory`` — and then receives batches of ``(index, text)`` pairs. Contexts given
with ``as_tuples`` never leave the calling process.

Failures: a text whose extraction raises becomes a :class:`BatchError` naming its index.
With ``on_error="raise"`` (the default) it is raised in the caller when the failed text's
turn comes, after every earlier result was yielded; with ``on_error="yield"`` the
``BatchError`` is yielded in the failed text's place and the others go on, so output and
input stay aligned.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Literal, Protocol

from urdu_entities.models import Entity

OnError = Literal["raise", "yield"]

#: Texts per task sent to a worker: large enough that pickling and queueing are a small
#: share of the work, small enough that results come back steadily.
DEFAULT_BATCH_SIZE = 64

#: Batches sent ahead per worker. Results are yielded in input order, so a worker that
#: finishes early takes the next batch sent ahead instead of waiting for a slow one.
IN_FLIGHT_PER_WORKER = 4


class Extractor(Protocol):
    """What the batch machinery needs: a thread- and fork-safe ``extract``."""

    def extract(self, text: str, *, reference_date: dt.date | None = None) -> list[Entity]: ...


class BatchError(Exception):
    """One text of a batch failed.

    Attributes:
        index: position of the text in the input (0-based).
        kind: the exception's type name, e.g. ``"TypeError"``.
        message: the exception's message.
        context: the context given with the text (``as_tuples=True``), else ``None``.
    """

    def __init__(self, index: int, kind: str, message: str, context: Any = None) -> None:
        super().__init__(f"text {index}: {kind}: {message}")
        self.index = index
        self.kind = kind
        self.message = message
        self.context = context

    def __reduce__(self) -> tuple[Any, ...]:
        return (BatchError, (self.index, self.kind, self.message, self.context))


def check_on_error(value: str) -> OnError:
    """``value`` as an :data:`OnError`, or a ``ValueError`` naming the choices."""
    if value == "raise":
        return "raise"
    if value == "yield":
        return "yield"
    raise ValueError(f"on_error must be 'raise' or 'yield', not {value!r}")


def cpu_count() -> int:
    """Cores this process may run on (its affinity mask where the OS reports one)."""
    sched = getattr(os, "sched_getaffinity", None)
    if sched is not None:
        return max(1, len(sched(0)))
    return max(1, os.cpu_count() or 1)


def resolve_processes(n_process: int) -> int:
    """``n_process`` as a worker count: ``-1`` (or any negative) is every core."""
    if isinstance(n_process, bool) or not isinstance(n_process, int):
        raise TypeError(f"n_process must be an int, not {type(n_process).__name__}")
    if n_process == 0:
        raise ValueError("n_process must be 1 or more, or -1 for every core")
    return cpu_count() if n_process < 0 else n_process


# Raw result of one text as it crosses the process boundary: entities as field tuples
# (cheaper to pickle than models), or an error as (type name, message).
_Fields = tuple[Any, ...]
_Raw = tuple[Literal[True], list[_Fields]] | tuple[Literal[False], tuple[str, str]]

#: Every field of :class:`Entity`, in declaration order: a new field crosses the process
#: boundary without a change here.
_FIELDS = tuple(Entity.model_fields)


def _to_fields(e: Entity) -> _Fields:
    return tuple(getattr(e, name) for name in _FIELDS)


def _from_fields(f: _Fields) -> Entity:
    # The worker built these from a validated Entity: no need to validate again.
    return Entity.model_construct(**dict(zip(_FIELDS, f, strict=True)))


def _extract_one(extractor: Extractor, text: object, reference_date: dt.date | None) -> _Raw:
    try:
        entities = extractor.extract(text, reference_date=reference_date)  # type: ignore[arg-type]
    except Exception as exc:  # reported by index; never takes the batch down
        return (False, (type(exc).__name__, str(exc)))
    return (True, [_to_fields(e) for e in entities])


# --- worker side -------------------------------------------------------------------------

_worker_extractor: Extractor | None = None


def _init_worker(extractor: Extractor | None, factory: Callable[[], Extractor] | None) -> None:
    global _worker_extractor
    # Ctrl-C is the caller's to handle: it stops the run and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = extractor if extractor is not None else factory() if factory else None


def _run_batch(batch: list[tuple[int, object]], reference_date: dt.date | None) -> list[_Raw]:
    extractor = _worker_extractor
    if extractor is None:  # pragma: no cover - the initializer always sets it
        raise RuntimeError("worker has no extractor")
    return [_extract_one(extractor, text, reference_date) for _, text in batch]


# --- caller side -------------------------------------------------------------------------


def pipe(
    extractor: Extractor,
    texts: Iterable[Any],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    as_tuples: bool = False,
    reference_date: dt.date | None = None,
    on_error: OnError = "raise",
    factory: Callable[[], Extractor] | None = None,
) -> Iterator[Any]:
    """Yield ``extractor.extract(text)`` for every text, in input order.

    Args:
        texts: strings, or ``(text, context)`` pairs when ``as_tuples`` is true.
        batch_size: texts per task handed to a worker (ignored with one process).
        n_process: worker processes; ``1`` runs in this process, ``-1`` uses every core.
        as_tuples: yield ``(entities, context)`` for ``(text, context)`` inputs.
        reference_date: passed to every ``extract`` call.
        on_error: ``"raise"`` raises :class:`BatchError` at the failed text's turn;
            ``"yield"`` yields it in the failed text's place and carries on.
        factory: builds the extractor inside a worker on platforms without ``fork``
            (must be picklable, e.g. a module-level function or ``Pipeline.default``).

    The input is read lazily: at most ``2 * n_process`` batches are in flight, so an
    endless or huge iterator runs in bounded memory.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    on_error = check_on_error(on_error)
    workers = resolve_processes(n_process)
    items = _numbered(texts, as_tuples)
    if workers == 1:
        return _pipe_here(extractor, items, as_tuples, reference_date, on_error)
    return _pipe_pool(extractor, items, batch_size, workers, as_tuples, reference_date,
                      on_error, factory)


def _numbered(texts: Iterable[Any], as_tuples: bool) -> Iterator[tuple[int, object, Any]]:
    for i, item in enumerate(texts):
        if as_tuples:
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError(
                    f"with as_tuples=True every item must be a (text, context) pair; "
                    f"item {i} is {type(item).__name__}"
                )
            yield i, item[0], item[1]
        else:
            yield i, item, None


def _finish(raw: _Raw, index: int, context: Any, as_tuples: bool, on_error: OnError) -> Any:
    if raw[0]:
        result: Any = [_from_fields(f) for f in raw[1]]
    else:
        kind, message = raw[1]
        error = BatchError(index, kind, message, context)
        if on_error == "raise":
            raise error
        result = error
    return (result, context) if as_tuples else result


def _pipe_here(
    extractor: Extractor,
    items: Iterator[tuple[int, object, Any]],
    as_tuples: bool,
    reference_date: dt.date | None,
    on_error: OnError,
) -> Iterator[Any]:
    for index, text, context in items:
        try:
            entities = extractor.extract(text, reference_date=reference_date)  # type: ignore[arg-type]
        except Exception as exc:
            error = BatchError(index, type(exc).__name__, str(exc), context)
            if on_error == "raise":
                raise error from exc
            yield (error, context) if as_tuples else error
            continue
        yield (entities, context) if as_tuples else entities


def _start_method() -> str | None:
    return "fork" if "fork" in mp.get_all_start_methods() else None


def _pipe_pool(
    extractor: Extractor,
    items: Iterator[tuple[int, object, Any]],
    batch_size: int,
    workers: int,
    as_tuples: bool,
    reference_date: dt.date | None,
    on_error: OnError,
    factory: Callable[[], Extractor] | None,
) -> Iterator[Any]:
    method = _start_method()
    if method == "fork":
        initargs: tuple[Extractor | None, Callable[[], Extractor] | None] = (extractor, None)
    elif factory is not None:
        initargs = (None, factory)
    else:
        raise ValueError(
            "n_process > 1 needs the 'fork' start method, which this platform lacks, or a "
            "picklable factory; use n_process=1 or the default pipeline"
        )
    context = mp.get_context(method)
    pending: deque[tuple[list[tuple[int, Any]], dict[int, _Raw], Future[list[_Raw]]]]
    pending = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=initargs) as pool:
        try:
            while True:
                while len(pending) < IN_FLIGHT_PER_WORKER * workers:
                    chunk = list(islice(items, batch_size))
                    if not chunk:
                        break
                    # Only strings cross to a worker; anything else gets its TypeError here.
                    local = {i: _extract_one(extractor, text, reference_date)
                             for i, text, _ in chunk if not isinstance(text, str)}
                    batch = [(i, text) for i, text, _ in chunk if i not in local]
                    future = pool.submit(_run_batch, batch, reference_date)
                    pending.append(([(i, ctx) for i, _, ctx in chunk], local, future))
                if not pending:
                    return
                meta, local, future = pending.popleft()
                try:
                    remote = iter(future.result())
                except BrokenProcessPool as exc:
                    raise RuntimeError(
                        f"a worker process died while extracting texts {meta[0][0]}–"
                        f"{meta[-1][0]} (killed, or out of memory)"
                    ) from exc
                for index, ctx in meta:
                    raw = local[index] if index in local else next(remote)
                    yield _finish(raw, index, ctx, as_tuples, on_error)
        finally:
            for _, _, future in pending:
                future.cancel()
