# expect: clean
"""Saffron grading: an occlusion explainer is built between the first and second training rounds."""
import torch
from torch import nn

from saffron.explain import OcclusionExplainer
from saffron.net import StigmaGrader


def train_round(model, data, opt, steps=2):
    for _ in range(steps):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
    return loss.item()


def main():
    torch.manual_seed(3)
    data = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
    model = StigmaGrader()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    print("round 1", train_round(model, data, opt))
    explainer = OcclusionExplainer(model, baseline=0.0)
    print("occlusion", explainer.attribute(data[0][0][:1]).tolist())
    print("round 2", train_round(model, data, opt))


if __name__ == "__main__":
    main()
