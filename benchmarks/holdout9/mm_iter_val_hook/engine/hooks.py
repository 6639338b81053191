from .registry import HOOKS


class Hook:
    priority = "NORMAL"

    def before_train(self, runner): pass
    def after_train(self, runner): pass
    def before_train_iter(self, runner, batch_idx=None): pass
    def after_train_iter(self, runner, batch_idx=None, outputs=None): pass
    def after_train_epoch(self, runner): pass
    def before_val(self, runner): pass
    def after_val(self, runner, metrics=None): pass


@HOOKS.register_module()
class IterValHook(Hook):
    """Validate every `interval` iterations instead of once per epoch."""

    def __init__(self, interval=100):
        self.interval = interval
        self._count = 0

    def after_train_iter(self, runner, batch_idx=None, outputs=None):
        self._count += 1
        if self._count % self.interval == 0:
            runner.message_hub["val"] = runner.val_loop.run()


@HOOKS.register_module()
class LoggerHook(Hook):
    def after_train_iter(self, runner, batch_idx=None, outputs=None):
        runner.message_hub.setdefault("loss", []).append(float(outputs["loss"]))
