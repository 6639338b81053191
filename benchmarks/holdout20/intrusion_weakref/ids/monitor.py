import torch


class DriftMonitor:
    """Tracks the mean attack probability on a reference window."""

    def __init__(self, model, reference):
        self.model, self.reference, self.history = model, reference, []

    def on_step_end(self, step, loss):
        self.model.eval()
        with torch.no_grad():
            p = self.model(self.reference).softmax(-1)[:, 1].mean().item()
        self.history.append(p)
