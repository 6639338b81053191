import time

from .defaults import HookBase


class IterationTimer(HookBase):
    def before_step(self):
        self._t = time.perf_counter()

    def after_step(self):
        self.trainer.storage.setdefault("time", []).append(time.perf_counter() - self._t)


class EvalHook(HookBase):
    def __init__(self, eval_period, eval_function):
        self._period = eval_period
        self._func = eval_function

    def _do_eval(self):
        results = self._func()
        self.trainer.storage.setdefault("eval", []).append(results)

    def after_step(self):
        next_iter = self.trainer.iter + 1
        if self._period > 0 and next_iter % self._period == 0 and next_iter != self.trainer.max_iter:
            self._do_eval()

    def after_train(self):
        if self.trainer.iter + 1 >= self.trainer.max_iter:
            self._do_eval()
