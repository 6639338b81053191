class LossLogger:
    def __init__(self):
        self.losses = []

    def on_batch_end(self, trainer, loss):
        self.losses.append(loss)

    def on_epoch_end(self, trainer, epoch):
        print(f"epoch {epoch} mean loss {sum(self.losses) / len(self.losses):.4f}")
        self.losses.clear()
