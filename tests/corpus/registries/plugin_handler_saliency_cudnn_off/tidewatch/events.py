class Bus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, topic):
        def add(fn):
            self._handlers.setdefault(topic, []).append(fn)
            return fn
        return add

    def publish(self, topic, **payload):
        return [fn(**payload) for fn in self._handlers.get(topic, [])]


bus = Bus()
