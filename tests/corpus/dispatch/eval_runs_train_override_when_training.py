# expect: crash
"""The model overrides `train(mode)` to set its GRU back to train only when training is asked for; `model.eval()`
is torch's `self.train(False)`, so the override runs with mode False and the GRU stays in eval mode for the
adaptation step."""
import torch
import torch.nn as nn


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(8, 2)

    def train(self, mode=True):
        super().train(mode)
        if mode:
            self.gru.train()
        return self

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(self.drop(out[:, -1]))


model = Tracker()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(4, 6, 3), torch.tensor([1, 0, 1, 1])
model.eval()
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
