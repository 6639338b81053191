import torch


class Callback:
    def on_epoch_start(self, engine):
        pass

    def on_validation_end(self, engine, metrics):
        pass


class SaliencyLogger(Callback):
    """Logs |grad * input| for one validation batch after validation."""

    def __init__(self, every=1):
        self.every = every
        self.history = []

    def on_validation_end(self, engine, metrics):
        if engine.epoch % self.every:
            return
        x, y = engine.val_batches[0]
        x = x.clone().requires_grad_(True)
        out = engine.model(x)
        score = out.gather(1, y[:, None]).sum()
        score.backward()  # TM001-here
        self.history.append((x.grad * x).abs().mean().item())
        engine.model.zero_grad()
