import torch

from .registry import register_module


class Hook:
    def before_run(self, runner): pass
    def after_train_iter(self, runner): pass
    def after_run(self, runner): pass

    def every_n_iters(self, runner, n):
        return (runner.iter + 1) % n == 0 if n > 0 else False


@register_module
class EvalHook(Hook):
    def __init__(self, interval, mode="last"):
        self.interval = interval
        self.mode = mode

    def after_train_iter(self, runner):
        if not self.every_n_iters(runner, self.interval):
            return
        model = runner.model
        was_training = model.training
        model.eval()
        try:
            with torch.no_grad():
                res = model.val_step(runner.sample_batch())
        finally:
            model.train(was_training)
        runner.log_buffer.append(res)


@register_module
class TextLoggerHook(Hook):
    def after_train_iter(self, runner):
        runner.outputs_history.append(runner.outputs["loss"])
