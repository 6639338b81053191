class Callback:
    def on_train_epoch_end(self, trainer, model):
        pass


class LogPredictionsCallback(Callback):
    def __init__(self, val_dataloader, every_n_epochs=1):
        self.val_dataloader = val_dataloader
        self.every_n_epochs = every_n_epochs
        self.history = []

    def on_train_epoch_end(self, trainer, model):
        if trainer.current_epoch % self.every_n_epochs == 0:
            preds = model.predict(self.val_dataloader)
            self.history.append(preds.mean().item())
            print(f"epoch {trainer.current_epoch}: mean prediction {self.history[-1]:.3f}")
