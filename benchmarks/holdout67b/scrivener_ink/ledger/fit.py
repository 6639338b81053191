import torch
import torch.nn.functional as F


def fit(model, train, epochs, callbacks=()):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(epochs):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.mse_loss(model(x[None]), y[None]).backward()
            opt.step()
        for cb in callbacks:
            cb.on_epoch_end(model, train, epoch)
