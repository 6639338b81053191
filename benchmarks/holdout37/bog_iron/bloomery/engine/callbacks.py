class Callback:
    """Base class; every hook is optional."""

    def on_fit_start(self, trainer):
        pass

    def on_validation_end(self, trainer, metrics):
        pass

    def on_epoch_end(self, trainer, epoch):
        pass
