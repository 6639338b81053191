import torch


class Callback:
    def on_forward_end(self, loop, loss):
        pass

    def on_step_end(self, loop, step):
        pass


class CallbackList(Callback):
    def __init__(self, cbs):
        self.cbs = list(cbs)

    def on_forward_end(self, loop, loss):
        for cb in self.cbs:
            cb.on_forward_end(loop, loss)

    def on_step_end(self, loop, step):
        for cb in self.cbs:
            cb.on_step_end(loop, step)


class SnapshotLogger(Callback):
    """Logs deterministic churn probabilities of a fixed probe batch."""

    def __init__(self, probe):
        self.probe = probe

    def on_forward_end(self, loop, loss):
        loop.model.eval()
        with torch.no_grad():
            p = torch.sigmoid(loop.model(self.probe))
        print(f"loss {loss.item():.4f} probe {[round(v, 3) for v in p.tolist()]}")

    def on_step_end(self, loop, step):
        loop.model.train()
