class EventBus:
    def __init__(self):
        self._subs = {}

    def on(self, topic):
        def subscribe(fn):
            self._subs.setdefault(topic, []).append(fn)
            return fn
        return subscribe

    def publish(self, topic, **payload):
        return [fn(**payload) for fn in self._subs.get(topic, [])]


bus = EventBus()
