"""A one-line progress bar on stderr for batches: documents, docs/s and, with a size, ETA."""

from __future__ import annotations

import shutil
import time
from collections import deque
from collections.abc import Callable
from typing import Final, TextIO

__all__ = ["Progress"]

#: Redraws per second at most: more is flicker and wasted writes on a fast batch.
_REDRAW_INTERVAL: Final = 0.1
_BAR_WIDTH: Final = 24
#: Updates the ETA's speed is measured over: the recent speed, once start-up and each
#: worker's first (slow) task are behind, and steady enough (a task is 25-250 ms).
_SPEED_WINDOW: Final = 16


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    """Draws ``12,345 docs  2,100 docs/s  [=====>    ] 41%  ETA 0:12`` on one line.

    The share done is the share of input bytes read, when the total is known; for
    standard input only the count and rate are shown. The ETA is the bytes left at the
    speed of the last updates, not since the start: the start pays once for loading
    rules and starting workers (a second or more), and counting it made the first
    estimates about ten times too long. Disabled, it does nothing, so callers need not
    check.

    Args:
        stream: Where to draw (a terminal: the line is redrawn with a carriage return).
        total_bytes: Size of all inputs, or ``None`` when unknown.
        enabled: Whether to draw at all.
        clock: Seconds, monotonic (replaceable in tests).

    >>> import io
    >>> ticks = iter([0.0, 2.0, 3.0, 3.0])
    >>> out = io.StringIO()
    >>> bar = Progress(out, total_bytes=100, enabled=True, clock=lambda: next(ticks))
    >>> bar.update(10, 25)
    >>> bar.update(10, 50)
    >>> bar.close()
    >>> out.getvalue().split("\\r")[-1].split()
    ['20', 'docs', '7', 'docs/s', '[============>', ']', '50%', 'ETA', '0:02']
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total_bytes: int | None,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = total_bytes or None
        self._enabled = enabled
        self._clock = clock
        self._start = clock() if enabled else 0.0
        self._last_draw = float("-inf")
        self._docs = 0
        self._position = 0
        #: (time, bytes read) at the last updates: the speed for the ETA is measured on them.
        self._recent: deque[tuple[float, int]] = deque(maxlen=_SPEED_WINDOW)

    def update(self, docs: int, position: int | None = None) -> None:
        """Record that ``docs`` more documents are done and ``position`` bytes are read."""
        if not self._enabled:
            return
        self._docs += docs
        if position is not None:
            self._position = position
        now = self._clock()
        if position is not None:
            self._recent.append((now, position))
        if now - self._last_draw >= _REDRAW_INTERVAL:
            self._draw(now)

    def _draw(self, now: float) -> None:
        self._last_draw = now
        elapsed = max(now - self._start, 1e-9)
        rate = self._docs / elapsed
        parts = [f"{self._docs:,} docs", f"{rate:,.0f} docs/s"]
        if self._total:
            done = min(self._position / self._total, 1.0)
            filled = int(done * _BAR_WIDTH)
            arrow = ">" if filled < _BAR_WIDTH else ""
            bar = "=" * filled + arrow + " " * (_BAR_WIDTH - filled - len(arrow))
            parts.append(f"[{bar}] {done:4.0%}")
            eta = self._eta()
            if eta is not None and done < 1:
                parts.append(f"ETA {_duration(eta)}")
        line = "  ".join(parts)
        width = shutil.get_terminal_size((80, 20)).columns - 1
        # Pad to the full width so a shorter line wipes out the end of the last one.
        self._stream.write("\r" + line[:width].ljust(width))
        self._stream.flush()

    def _eta(self) -> float | None:
        """Seconds left at the speed of the last updates, once there are two."""
        if len(self._recent) < 2 or self._total is None:
            return None
        (since, start), (until, end) = self._recent[0], self._recent[-1]
        if until <= since or end <= start:
            return None
        return max(self._total - end, 0) / ((end - start) / (until - since))

    def clear(self) -> None:
        """Wipe the bar so a message can take the line; the next update redraws it."""
        if self._enabled:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self._stream.write("\r" + " " * width + "\r")
            self._last_draw = float("-inf")

    def close(self) -> None:
        """Draw the final figures and end the line."""
        if not self._enabled:
            return
        self._draw(self._clock())
        self._stream.write("\n")
        self._stream.flush()
