# expect: clean
import torch
from torch import nn


def warm_up(model, x):
    with torch.no_grad():
        model(x)
    return model


from lastwork import *  # noqa: E402,F403


def train(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
            loss.backward()
            opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(15)
    data = batches(3)
    model = warm_up(SoleWearNet(), data[0][0])
    print("loss", train(model, data))
