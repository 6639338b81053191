import torch
import torch.nn as nn


def refine(model, logits, pseudo, lr=1e-2):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    loss = nn.functional.cross_entropy(logits, pseudo)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return round(loss.item(), 4)
