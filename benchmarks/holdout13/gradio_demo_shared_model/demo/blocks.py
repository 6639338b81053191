class Blocks:
    def __init__(self):
        self._events = {}

    def on(self, name, fn):
        self._events[name] = fn

    def launch(self, script=()):
        for name, *args in script:
            print(name, self._events[name](*args))
