import torch
import torch.nn.functional as F

from .modes import EvalMode


def batches(n, bs=4):
    for _ in range(n):
        yield torch.randn(bs, 6, 4), torch.randn(bs, 1)


def fit(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for ep in range(cfg["epochs"]):
        for x, y in batches(3):
            pred, _ = model(x)
            loss = F.mse_loss(pred, y) + 0.1 * model.aux_loss(x)
            opt.zero_grad()
            loss.backward()
            opt.step()


def ttt_step(model, x, lr):
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    opt.zero_grad()
    model.aux_loss(x).backward()  # TM001-here
    opt.step()


def evaluate_with_ttt(model, cfg):
    total = 0.0
    with EvalMode(model):
        for x, y in batches(2):
            ttt_step(model, x, cfg["ttt_lr"])
            with torch.no_grad():
                pred, _ = model(x)
            total += F.mse_loss(pred, y).item()
    return total / 2
