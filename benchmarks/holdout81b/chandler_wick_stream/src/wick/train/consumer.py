import torch
import torch.nn.functional as F


def consume(model, opt, stream):
    log = {"train": [], "val": []}
    pending = None
    for phase, x, y in stream:
        if pending is not None:
            opt.zero_grad()
            pending.backward()
            opt.step()
            pending = None
        if phase == "val":
            with torch.no_grad():
                log["val"].append(round(F.mse_loss(model(x), y).item(), 4))
            continue
        pending = F.mse_loss(model(x), y)
        log["train"].append(round(pending.item(), 4))
    if pending is not None:
        opt.zero_grad()
        pending.backward()
        opt.step()
    return log
