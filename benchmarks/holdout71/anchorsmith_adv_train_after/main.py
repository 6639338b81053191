# expect: clean
import torch
import torch.nn.functional as F

from attack import SignGradientPerturber
from net import ChainLinkClassifier


def data(n=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 9, 4, generator=g), torch.randint(0, 2, (6,), generator=g)) for _ in range(n)]


def train(epochs=2):
    torch.manual_seed(0)
    model = ChainLinkClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    attacker = SignGradientPerturber(model, eps=0.03)
    model.train()
    for epoch in range(epochs):
        for x, y in data(seed=epoch):
            x_adv = attacker(x, y)
            loss = 0.5 * F.cross_entropy(model(x), y) + 0.5 * F.cross_entropy(model(x_adv), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    train()
