# expect: clean
"""The same fit loop and callbacks, but the saliency logger is listed first: it runs while the model is
still in the train mode that fit() set at the epoch start, and validation switches to eval only after
it. The next epoch begins with model.train(), so no backward ever meets the eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 7, batch_first=True)
        self.cls = nn.Linear(7, 3)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


class ValidationCallback:
    def __init__(self, batch):
        self.batch = batch

    def on_epoch_end(self, model):
        x, y = self.batch
        model.eval()
        with torch.no_grad():
            acc = (model(x).argmax(-1) == y).float().mean().item()
        print("val acc", acc)


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, model):
        x = self.probe.clone().requires_grad_(True)
        model(x).max(dim=-1).values.sum().backward()
        print("saliency", x.grad.abs().mean().item())


def fit(model, data, callbacks, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        model.train()
        for x, y in data:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()
        for cb in callbacks:
            cb.on_epoch_end(model)


torch.manual_seed(0)
data = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
model = Tagger()
callbacks = [SaliencyLogger(torch.randn(1, 6, 5)), ValidationCallback(data[0])]
fit(model, data, callbacks)
