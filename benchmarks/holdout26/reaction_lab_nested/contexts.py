import contextlib
import time


class _AsyncMode:
    def __init__(self, model, training):
        self.model, self.training = model, training

    async def __aenter__(self):
        self.was = self.model.training
        self.model.train(self.training)
        return self.model

    async def __aexit__(self, *exc):
        self.model.train(self.was)
        return False


@contextlib.asynccontextmanager
async def evaluating(model):
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(_AsyncMode(model, False))
        yield model


@contextlib.asynccontextmanager
async def timed(label):
    info = {"ticks": 0}
    t0 = time.perf_counter()
    try:
        yield info
    finally:
        info["ticks"] = round(time.perf_counter() - t0, 3)
