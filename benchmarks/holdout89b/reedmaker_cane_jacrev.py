# expect: crash
"""Reed-cane moisture curves: input sensitivity of a trained LSTM with torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(2)


class CaneLSTM(nn.Module):
    def __init__(self, d=3, h=10):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.head = nn.Linear(h, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y[:, -1]).squeeze(-1)


def train(model, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(6, 8, 3), torch.randn(6)
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity(model, x):
    # still in train mode: jacobian of each curve's prediction wrt its own timesteps
    f = lambda inp: model(inp.unsqueeze(0)).squeeze(0)
    rows = []
    for i in range(x.shape[0]):
        j = jacrev(f)(x[i])  # TM002-here
        rows.append(j.abs().sum(-1))
    return torch.stack(rows)


if __name__ == "__main__":
    m = CaneLSTM()
    print("final loss", train(m))
    s = sensitivity(m, torch.randn(3, 8, 3))
    print("most sensitive step per curve", s.argmax(-1).tolist())
