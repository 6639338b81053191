"""Callbacks for the sepak takraw spike-classifier notebook."""
import copy

import torch


class Callback:
    def on_epoch_end(self, epoch, model, logs):
        pass


class PrintLogger(Callback):
    def on_epoch_end(self, epoch, model, logs):
        print(f"[epoch {epoch}] " + " ".join(f"{k}={v:.3f}" for k, v in logs.items()))


class SaliencyLogger(Callback):
    """Logs which frames of a probe clip the model attends to (|d logit / d input| summed over features).

    Works on a private copy so the caller's model, optimiser state and mode are untouched.
    """

    def __init__(self, probe_x, every=1):
        self.probe_x = probe_x
        self.every = every
        self.frames = []

    def on_epoch_end(self, epoch, model, logs):
        if epoch % self.every:
            return
        shadow = copy.deepcopy(model)
        shadow.train()
        for m in shadow.modules():
            if isinstance(m, torch.nn.Dropout):
                m.p = 0.0
        x = self.probe_x.clone().requires_grad_(True)
        shadow(x).max(dim=1).values.sum().backward()
        top = x.grad.abs().sum(-1).argmax(1)
        self.frames.append(top.tolist())
        logs["top_frame_mean"] = top.float().mean().item()
