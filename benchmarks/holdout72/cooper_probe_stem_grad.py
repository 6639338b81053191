# expect: crash
"""Cooper: barrel-stave moisture model. Sensitivity of the loss to the stem weights,
measured on the evaluation model, used to pick which head rows to re-initialise."""
import torch
from torch import nn


class StaveGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(4, 10)
        self.gru = nn.GRU(10, 10, batch_first=True)
        self.head = nn.Linear(10, 3)

    def forward(self, x):
        z, _ = self.gru(torch.relu(self.stem(x)))
        return self.head(z[:, -1])


def head_sensitivity(model, x, y):
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, [model.stem.weight])  # TM001-here
    return g.abs().sum(1)[:3]


def main():
    torch.manual_seed(4)
    model = StaveGRU()
    x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    s = head_sensitivity(model, x, y)
    with torch.no_grad():
        worst = int(s.argmin())
        nn.init.normal_(model.head.weight[worst], std=0.01)
    print("sensitivity", [round(v, 4) for v in s.tolist()], "reinit row", worst)


if __name__ == "__main__":
    main()
