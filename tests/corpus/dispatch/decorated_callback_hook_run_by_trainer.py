# expect: crash
"""The script's saliency callback is decorated (`@model_in_eval`, a `functools.wraps` wrapper that puts the model in
eval mode around the hook and restores it after); the trainer calls each callback's
`on_epoch_end` over the list it is given. The hook's own backward runs through the LSTM's eval-mode
forward (the twin computing the saliency with cuDNN off is clean)."""
import functools

import torch
from torch import nn


def model_in_eval(fn):
    """Run a callback hook with the model in eval mode, then put its mode back."""

    @functools.wraps(fn)
    def wrapper(self, trainer, model, *args, **kwargs):
        was = model.training
        model.eval()
        try:
            return fn(self, trainer, model, *args, **kwargs)
        finally:
            model.train(was)

    return wrapper


class Trainer:
    def __init__(self, callbacks, epochs=2):
        self.callbacks = callbacks
        self.epochs = epochs

    def fit(self, model, batches):
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
        model.train()
        for _ in range(self.epochs):
            for x, y in batches:
                optimizer.zero_grad()
                nn.functional.mse_loss(model(x), y).backward()
                optimizer.step()
            for callback in self.callbacks:
                callback.on_epoch_end(self, model)
        return model


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class Printer:
    def on_epoch_end(self, trainer, model):
        print("epoch done")


class Saliency:
    def __init__(self, probe):
        self.probe = probe
        self.history = []

    @model_in_eval
    def on_epoch_end(self, trainer, model):
        x = self.probe.clone().requires_grad_(True)
        model(x).sum().backward()  # TM001-here
        self.history.append(float((x.grad * x).abs().mean()))
        model.zero_grad()


def main():
    batches = [(torch.randn(3, 6, 5), torch.randn(3)) for _ in range(2)]
    saliency = Saliency(torch.randn(2, 6, 5))
    Trainer([Printer(), saliency]).fit(Tagger(), batches)
    print(saliency.history)


if __name__ == "__main__":
    main()
