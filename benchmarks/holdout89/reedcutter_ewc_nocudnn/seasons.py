# expect: clean
"""Reed-bundle grading across two harvest seasons with EWC."""
import torch
from torch import nn

from reed import EWC, BundleNet


def season(seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 5, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(2)]


def train(model, batches, ewc=None, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(epochs):
        model.train()
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            if ewc is not None:
                loss = loss + ewc.penalty()
            loss.backward()
            opt.step()
    return loss.item()


torch.manual_seed(0)
model = BundleNet()
s1, s2 = season(1), season(2)
print("season 1", round(train(model, s1), 4))
ewc = EWC(model, s1)
print("season 2", round(train(model, s2, ewc), 4))
