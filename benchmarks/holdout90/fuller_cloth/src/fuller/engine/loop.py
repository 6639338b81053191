import torch
import torch.nn.functional as F


def batches(cfg, n=3):
    g = torch.Generator().manual_seed(0)
    for _ in range(n):
        yield torch.randn(cfg["batch"], 6, cfg["feat"], generator=g), torch.randn(cfg["batch"], 1, generator=g)


def run_epochs(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    history = []
    for _ in range(cfg["epochs"]):
        total = 0.0
        for x, y in batches(cfg):
            opt.zero_grad()
            loss = F.smooth_l1_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        history.append(total)
    return history
