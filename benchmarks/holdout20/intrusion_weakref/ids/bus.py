import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, bound_method):
        self._subs[event].append(weakref.WeakMethod(bound_method))

    def emit(self, event, **payload):
        live = []
        for ref in self._subs[event]:
            fn = ref()
            if fn is not None:
                fn(**payload)
                live.append(ref)
        self._subs[event] = live

    def alive(self, event):
        return sum(r() is not None for r in self._subs[event])
