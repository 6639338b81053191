# expect: crash
"""Stacked residual GRUs with stochastic depth (layers dropped at random in training).

For the final few calibration steps the author wants the full-depth network, so
the stack is put in eval mode (all layers active) and fine-tuned that way.
"""
import random
import torch
import torch.nn as nn

random.seed(0)
torch.manual_seed(4)


class ResidualGRU(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.norm = nn.LayerNorm(dim)

    def forward(self, x):
        y, _ = self.gru(x)
        return self.norm(x + y)


class StochasticDepthStack(nn.Module):
    def __init__(self, dim=8, depth=4, p_survive=0.6):
        super().__init__()
        self.layers = nn.ModuleList(ResidualGRU(dim) for _ in range(depth))
        self.p = p_survive
        self.head = nn.Linear(dim, 1)

    def forward(self, x):
        for layer in self.layers:
            if self.training and random.random() > self.p:
                continue
            x = layer(x)
        return self.head(x[:, -1]).squeeze(-1)


def run_phase(model, opt, batches, label):
    for i, (x, y) in enumerate(batches):
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(label, i, round(loss.item(), 4))


def main():
    model = StochasticDepthStack()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = [(torch.randn(4, 5, 8), torch.randn(4)) for _ in range(3)]
    model.train()
    run_phase(model, opt, data, "stochastic")
    # calibration: use every layer
    model.eval()
    run_phase(model, opt, data[:2], "full-depth")


if __name__ == "__main__":
    main()
