import torch


class Callback:
    def on_epoch_begin(self, loop):
        pass

    def on_epoch_end(self, loop):
        pass


class ModeRestorer(Callback):
    def on_epoch_end(self, loop):
        loop.model.train()


class ValLossLogger(Callback):
    def __init__(self, val):
        self.val = val

    def on_epoch_end(self, loop):
        loop.model.eval()
        with torch.no_grad():
            losses = [torch.nn.functional.mse_loss(loop.model(x), y).item() for x, y in self.val]
        loop.logs.append(sum(losses) / len(losses))
