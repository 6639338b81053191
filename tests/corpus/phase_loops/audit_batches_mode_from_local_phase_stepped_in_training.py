# expect: clean
"""Sluice-gate flow forecasts: every third batch is an audit batch scored with dropout off; the loop sets the mode
from a phase it computes itself (`model.train(phase == "train")`) and steps only on the training batches."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FlowNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0][:, -1])).squeeze(-1)


def fit(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for i, (x, y) in enumerate(batches):
        phase = "audit" if i % 3 == 2 else "train"
        model.train(phase == "train")
        loss = F.mse_loss(model(x), y)
        if phase == "train":
            opt.zero_grad()
            loss.backward()
            opt.step()


torch.manual_seed(4)
fit(FlowNet(), [(torch.randn(4, 5, 2), torch.randn(4)) for _ in range(6)])
