import os


class CSVLogger:
    def __init__(self, path):
        self.path = path

    def on_fit_start(self, trainer):
        with open(self.path, "w") as f:
            f.write("epoch,train_loss,val_loss\n")

    def on_validation_end(self, trainer, logs, batch):
        with open(self.path, "a") as f:
            f.write(f"{trainer.epoch},{logs['train_loss']:.4f},{logs['val_loss']:.4f}\n")

    def on_fit_end(self, trainer):
        with open(self.path) as f:
            print(f.read().strip())
        os.remove(self.path)
