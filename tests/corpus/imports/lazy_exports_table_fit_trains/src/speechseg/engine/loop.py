import torch
import torch.nn as nn


def score(model, data):
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(-1) == y).float().mean().item() for x, y in data) / len(data)


def fit(model, train, dev, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        model.train()
        for x, y in train:
            loss = nn.functional.cross_entropy(model(x).reshape(-1, 2), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, score(model, dev))
