# expect: clean
import torch
import torch.nn.functional as F

from ewc import EWC
from model import TractRouteNet

torch.manual_seed(7)


def task(n, shift):
    return [(torch.randn(3, 5, 4) + shift, torch.randn(3, 5) + shift) for _ in range(n)]


def fit(model, batches, ewc=None, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            if ewc is not None:
                loss = loss + ewc.penalty()
            loss.backward()
            opt.step()
    return loss.item()


if __name__ == "__main__":
    model = TractRouteNet()
    town_a, town_b = task(3, 0.0), task(3, 1.0)
    print("town A", fit(model, town_a))
    helper = EWC(model, town_a)
    model.train()
    print("town B", fit(model, town_b, ewc=helper))
