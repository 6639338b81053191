class Callback:
    def on_epoch_start(self, runner):
        pass

    def on_batch_end(self, runner, loss):
        pass

    def on_epoch_end(self, runner):
        pass


class LossLogger(Callback):
    def __init__(self):
        self.losses = []

    def on_batch_end(self, runner, loss):
        self.losses.append(loss)

    def on_epoch_end(self, runner):
        if self.losses:
            print(f"epoch {runner.epoch}: mean loss {sum(self.losses) / len(self.losses):.4f}")
        self.losses.clear()
