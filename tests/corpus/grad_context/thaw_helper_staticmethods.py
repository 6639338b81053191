# expect: crash
"""Freezing and thawing live in static helpers of a utility class: `freeze()` also puts the model in eval mode for
a feature-extraction pass, `thaw()` only turns gradients back on. The fine-tuning that follows trains every
parameter through an LSTM still in eval mode."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 12, batch_first=True)
        self.cls = nn.Linear(12, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out[:, -1])


class ModelUtils:
    @staticmethod
    def freeze(model):
        model.eval()
        for p in model.parameters():
            p.requires_grad_(False)

    @staticmethod
    def thaw(model):
        for p in model.parameters():
            p.requires_grad_(True)


model = Encoder()
x, y = torch.randn(4, 7, 5), torch.tensor([0, 1, 1, 0])
ModelUtils.freeze(model)
features = model(x)
ModelUtils.thaw(model)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
