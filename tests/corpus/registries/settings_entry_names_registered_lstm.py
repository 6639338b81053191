# expect: crash
"""Models register themselves by name; `build()` copies the settings it is given and pops the name to pick the
class. The settings name the LSTM model: saliency on it in eval mode runs a backward through its eval-mode LSTM."""
import torch
import torch.nn as nn

MODELS = {}


def register(name):
    def add(cls):
        MODELS[name] = cls
        return cls
    return add


@register("lstm")
class LstmNet(nn.Module):
    def __init__(self, inputs, hidden):
        super().__init__()
        self.rnn = nn.LSTM(inputs, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


@register("cell")
class CellNet(nn.Module):
    def __init__(self, inputs, hidden):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(inputs, hidden)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


def build(settings):
    settings = dict(settings)
    cls = MODELS[settings.pop("name")]
    return cls(**settings)


CONFIG = {"model": {"name": "lstm", "inputs": 3, "hidden": 5}}


def saliency(model, x):
    x = x.clone().requires_grad_(True)
    model(x).max(dim=1).values.sum().backward()  # TM001-here
    return x.grad.abs()


torch.manual_seed(0)
model = build(CONFIG["model"])
model.eval()
print(saliency(model, torch.randn(2, 4, 3)).shape)
