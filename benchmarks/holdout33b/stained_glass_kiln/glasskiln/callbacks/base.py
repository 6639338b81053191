class Callback:
    order = 0

    def on_train_begin(self, trainer):
        pass

    def on_batch_end(self, trainer, batch, loss):
        pass

    def on_epoch_end(self, trainer):
        pass


class HistoryCallback(Callback):
    order = 10

    def __init__(self):
        self.losses = []

    def on_batch_end(self, trainer, batch, loss):
        self.losses.append(loss)

    def on_epoch_end(self, trainer):
        recent = self.losses[-trainer.batches_per_epoch:]
        print(f"epoch {trainer.epoch}: mean loss {sum(recent) / len(recent):.4f}")
