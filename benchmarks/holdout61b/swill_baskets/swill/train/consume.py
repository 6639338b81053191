import torch
import torch.nn.functional as F


def consume(model, opt, stream):
    stats = {"train": [], "val": []}
    for phase, (x, y) in stream:
        if phase == "train":
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            with torch.no_grad():
                loss = F.mse_loss(model(x), y)
        stats[phase].append(round(loss.item(), 4))
    return stats
