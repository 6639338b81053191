import torch
from torch import nn


def adversarial_fit(model, attack, batches, epochs=1, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for _ in range(epochs):
        for x, y in batches:
            x_adv = attack.perturb(x, y)
            loss = nn.functional.cross_entropy(model(torch.cat([x, x_adv])), torch.cat([y, y]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return losses
