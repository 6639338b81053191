import torch
import torch.nn.functional as F


def finetune(model, data, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(steps):
        for x, y in data:
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return round(loss.item(), 4)
