import torch
import torch.nn.functional as F


def fit(model, data, callbacks, epochs=2, lr=1e-2):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for epoch in range(epochs):
        model.train()
        total = 0.0
        for x, y in data:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        logs = {"loss": total / len(data)}
        for cb in callbacks:
            cb(model, epoch, logs)
