# expect: clean
"""Stacked residual GRUs with stochastic depth; the full-depth calibration
phase turns off layer dropping through a flag instead of eval()."""
import random
import torch
import torch.nn as nn

random.seed(0)
torch.manual_seed(4)


class ResidualGRU(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gru = nn.GRU(dim, dim, batch_first=True)

    def forward(self, x):
        y, _ = self.gru(x)
        return x + y


class StochasticDepthStack(nn.Module):
    def __init__(self, dim=8, depth=3, p_survive=0.5):
        super().__init__()
        self.layers = nn.ModuleList(ResidualGRU(dim) for _ in range(depth))
        self.p = p_survive
        self.drop_layers = True
        self.head = nn.Linear(dim, 1)

    def forward(self, x):
        for layer in self.layers:
            if self.drop_layers and random.random() > self.p:
                continue
            x = layer(x)
        return self.head(x[:, -1]).squeeze(-1)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum((model(x) - y).pow(2).mean().item() for x, y in batches) / len(batches)


def main():
    model = StochasticDepthStack()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = [(torch.randn(4, 5, 8), torch.randn(4)) for _ in range(3)]
    for phase in ("stochastic", "full-depth"):
        model.drop_layers = phase == "stochastic"
        print(phase, "val before", round(evaluate(model, data), 4))
        model.train()
        for x, y in data:
            loss = (model(x) - y).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
