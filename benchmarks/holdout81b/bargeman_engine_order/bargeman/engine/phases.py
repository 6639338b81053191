import torch
import torch.nn.functional as F


def batch(n=5):
    return torch.randn(n, 6, 4), torch.randn(n, 1)


def fit(engine, cfg):
    engine.model.train()
    opt = torch.optim.Adam(engine.model.parameters(), lr=cfg["lr"])
    for _ in range(cfg["steps"]):
        x, y = batch()
        opt.zero_grad()
        F.mse_loss(engine.model(x), y).backward()
        opt.step()
    return {"phase": "fit"}


def validate(engine, cfg):
    engine.model.eval()
    with torch.no_grad():
        x, y = batch()
        return {"phase": "validate", "mse": F.mse_loss(engine.model(x), y).item()}


def relevance(engine, cfg):
    scores = []
    for _ in range(cfg["batches"]):
        x, _ = batch()
        x.requires_grad_(True)
        out = engine.model(x).sum()
        out.backward()
        scores.append((x.grad * x).sum(-1).mean(0))
    return {"phase": "relevance", "per_step": torch.stack(scores).mean(0).tolist()}
