class Callback:
    def on_fit_start(self, trainer, module):
        pass

    def on_train_epoch_end(self, trainer, module):
        pass

    def on_validation_end(self, trainer, module):
        pass


class ProgressPrinter(Callback):
    def on_train_epoch_end(self, trainer, module):
        print(f"epoch {trainer.current_epoch} loss {trainer.last_loss:.4f}")


class PredictionDump(Callback):
    def __init__(self, every=1):
        self.every = every
        self.dumps = []

    def on_validation_end(self, trainer, module):
        if trainer.current_epoch % self.every == 0:
            preds = trainer.predict(module, trainer.val_dataloader)
            self.dumps.append([p.tolist() for p in preds])
