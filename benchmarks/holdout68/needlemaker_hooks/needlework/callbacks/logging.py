class Callback:
    def on_train_epoch_end(self, trainer, module):
        pass

    def on_validation_end(self, trainer, module):
        pass


class LossPrinter(Callback):
    def on_train_epoch_end(self, trainer, module):
        trainer.log.append(("train", trainer.epoch, trainer.last_loss))


class SampleLogger(Callback):
    """Greedy-decodes a pattern after each validation to eyeball progress."""

    def __init__(self, start=1):
        self.start = start

    def on_validation_end(self, trainer, module):
        module.eval()
        trainer.log.append(("sample", trainer.epoch, module.sample(self.start)))
