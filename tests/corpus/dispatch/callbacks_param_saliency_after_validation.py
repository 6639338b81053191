# expect: crash
"""A small fit loop that calls model.train() at the start of every epoch, takes a training step, then
hands the model to each callback. The callback list puts the validation callback (eval mode, scored
under no_grad, never switched back) before the saliency logger, so the logger's forward and its
.backward() to the input run through the eval-mode LSTM in the very first epoch."""
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
        model(x).max(dim=-1).values.sum().backward()  # TM001-here
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
callbacks = [ValidationCallback(data[0]), SaliencyLogger(torch.randn(1, 6, 5))]
fit(model, data, callbacks)
