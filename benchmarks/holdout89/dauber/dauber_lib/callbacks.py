import torch


class Callback:
    order = 0

    def on_fit_start(self, loop):
        pass

    def on_epoch_end(self, loop):
        pass

    def on_fit_end(self, loop):
        pass


class LRLogger(Callback):
    order = 10

    def on_epoch_end(self, loop):
        loop.logs.setdefault("lr", []).append(loop.opt.param_groups[0]["lr"])


class ValLossCallback(Callback):
    """Scores the wattle-and-daub moisture model on held-out panels."""

    order = 0

    def __init__(self, batches):
        self.batches = batches

    def on_epoch_end(self, loop):
        model = loop.model
        model.eval()
        with torch.no_grad():
            vals = [loop.loss_fn(model(x), y).item() for x, y in self.batches]
        loop.logs.setdefault("val", []).append(sum(vals) / len(vals))
