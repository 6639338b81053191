class HookBase:
    def before_train(self, trainer):
        pass

    def after_step(self, trainer):
        pass


class EvalHook(HookBase):
    """Runs an evaluation function every `period` iterations."""

    def __init__(self, period, eval_function):
        self._period = period
        self._func = eval_function

    def after_step(self, trainer):
        if (trainer.iter + 1) % self._period == 0:
            results = self._func()
            trainer.storage.append(results)


class PeriodicLogger(HookBase):
    def __init__(self, period):
        self.period = period

    def after_step(self, trainer):
        if trainer.iter % self.period == 0:
            print("iter", trainer.iter)
