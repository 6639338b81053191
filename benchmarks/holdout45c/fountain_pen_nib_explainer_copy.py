# expect: clean
"""Fountain-pen nib QC: pressure-sensor strokes -> skip/no-skip, with an occlusion explainer built on the model."""
import copy
import torch
from torch import nn


class NibNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(dim=1))


class OcclusionExplainer:
    """Perturbation explainer: zero one time step at a time and watch the skip logit drop."""

    def __init__(self, model):
        # the explainer keeps its own frozen copy so the caller can keep training
        self.model = copy.deepcopy(model).eval()

    @classmethod
    def from_model(cls, model):
        return cls(model)

    @torch.no_grad()
    def explain(self, x):
        base = self.model(x).softmax(-1)[:, 1]
        drops = []
        for t in range(x.shape[1]):
            xo = x.clone()
            xo[:, t] = 0.0
            drops.append((base - self.model(xo).softmax(-1)[:, 1]).mean())
        return torch.stack(drops)


def strokes(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 7, 3, generator=g)
    y = (x[:, :, 2].min(dim=1).values < -1.0).long()
    return x, y


def main():
    torch.manual_seed(2)
    model = NibNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = strokes(8, 0)
    for _ in range(3):
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()

    explainer = OcclusionExplainer.from_model(model)
    print("occlusion profile:", explainer.explain(x[:4]).tolist())

    # a second batch of strokes arrives from the line: fine-tune on it
    x2, y2 = strokes(8, 1)
    for step in range(3):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x2), y2)
        loss.backward()
        opt.step()
        print("fine-tune", step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
