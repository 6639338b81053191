from .base import Callback


class PrintLogger(Callback):
    def on_epoch_end(self, loop, logs):
        print(f"[epoch {logs['epoch']}] train_loss={logs['train_loss']:.4f}")

    def on_validation_end(self, loop, logs):
        print(f"[epoch {logs['epoch']}] val_mse={logs['val_mse']:.4f}")
