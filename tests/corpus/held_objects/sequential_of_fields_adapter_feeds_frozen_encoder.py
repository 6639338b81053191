# expect: crash
"""Canal lock water levels: a planner keeps a pretrained LSTM encoder frozen and in eval mode, and chains a new
trainable adapter in front of it with `nn.Sequential(self.adapter, self.encoder, self.head)` made in fit(). The
adapter's output needs grad, so the backward runs through the eval-mode LSTM."""
import torch
import torch.nn as nn


class LevelEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 10, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(x)
        return h[:, -1]


class LockPlanner:
    def __init__(self):
        self.adapter = nn.Linear(2, 2)
        self.encoder = LevelEncoder()
        self.head = nn.Linear(10, 1)
        self.encoder.eval()
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def fit(self, steps=2):
        model = nn.Sequential(self.adapter, self.encoder, self.head)
        opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
        for _ in range(steps):
            levels = torch.randn(6, 9, 2)
            loss = ((model(levels).squeeze(-1) - levels[:, -1, 0]) ** 2).mean()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return float(loss)


torch.manual_seed(4)
print("loss", LockPlanner().fit())
