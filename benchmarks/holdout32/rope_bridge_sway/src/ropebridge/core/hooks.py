import heapq
import itertools


class HookQueue:
    """Callbacks ordered by priority (lowest first), ties in insertion order."""

    def __init__(self):
        self._heap = []
        self._counter = itertools.count()

    def push(self, callback, priority):
        heapq.heappush(self._heap, (priority, next(self._counter), callback))

    def fire(self, event, trainer):
        for _, _, cb in sorted(self._heap):
            fn = getattr(cb, event, None)
            if fn:
                fn(trainer)
