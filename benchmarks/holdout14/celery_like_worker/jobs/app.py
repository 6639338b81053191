from collections import deque


class Celery:
    def __init__(self, name):
        self.name, self.tasks = name, {}

    def task(self, name=None, bind=False):
        def deco(fn):
            self.tasks[name or fn.__name__] = fn
            fn.delay = lambda **kw: fn(**kw)
            return fn
        return deco

    def worker_main(self, queue):
        while queue:
            name, kwargs = queue.popleft()
            yield name, self.tasks[name](**kwargs)


class JobQueue(deque):
    def put(self, name, **kwargs):
        self.append((name, kwargs))


app = Celery("anomaly")
