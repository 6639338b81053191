import logging

log = logging.getLogger("kiln.callbacks")


class Callback:
    def on_fit_start(self, trainer, module):
        pass

    def on_train_epoch_end(self, trainer, module):
        pass

    def on_fit_end(self, trainer, module):
        pass


class ProgressLogger(Callback):
    def on_train_epoch_end(self, trainer, module):
        log.info("epoch %d loss %.4f", trainer.current_epoch, trainer.last_loss)


class PredictionWriter(Callback):
    def __init__(self, every_n_epochs=1):
        self.every_n_epochs = every_n_epochs
        self.predictions = []

    def on_train_epoch_end(self, trainer, module):
        if (trainer.current_epoch + 1) % self.every_n_epochs == 0:
            preds = trainer.predict(module, trainer.datamodule)
            self.predictions.append(float(sum(p.mean() for p in preds) / len(preds)))
