# expect: crash
"""Loomwright: shuttle-jam forecaster with an occlusion explainer built next to the model."""
import torch
from torch import nn


class ShuttleLSTM(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.inp = nn.Linear(d, h)
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.out = nn.Linear(h, 2)

    def forward(self, x):
        z, _ = self.lstm(self.inp(x))
        return self.out(z.mean(1))


class OcclusionExplainer:
    """Occlusion relevance per time step, computed on the wrapped model."""

    def __init__(self, model):
        self.model = model.eval()

    @torch.no_grad()
    def explain(self, x, target):
        base = self.model(x)[:, target]
        drops = []
        for t in range(x.size(1)):
            xo = x.clone()
            xo[:, t] = 0
            drops.append(base - self.model(xo)[:, target])
        return torch.stack(drops, 1)


def train(model, explainer, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(steps):
        x = torch.randn(4, 7, 4)
        y = torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    model = ShuttleLSTM()
    model.train()
    explainer = OcclusionExplainer(model)
    print("final loss", round(train(model, explainer), 4))
    print("relevance", tuple(explainer.explain(torch.randn(2, 7, 4), 1).shape))
