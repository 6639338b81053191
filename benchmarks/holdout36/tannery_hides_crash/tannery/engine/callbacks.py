class Callback:
    """Base class: every hook is a no-op so users override only what they need."""

    def on_fit_start(self, trainer):
        pass

    def on_validation_end(self, trainer, metrics):
        pass

    def on_epoch_end(self, trainer, epoch):
        pass

    def on_fit_end(self, trainer):
        pass
