import torch
import torch.nn.functional as F


def synthetic_batch(batch, seq, n_feat=4, n_cls=3):
    return torch.randn(batch, seq, n_feat), torch.randint(0, n_cls, (batch,))


def fit_phase(engine, cfg):
    engine.model.train()
    losses = []
    for _ in range(cfg["steps"]):
        x, y = synthetic_batch(cfg["batch"], cfg["seq"])
        loss = F.cross_entropy(engine.model(x), y)
        engine.opt.zero_grad()
        loss.backward()
        engine.opt.step()
        losses.append(loss.item())
    return {"phase": "fit", "loss": sum(losses) / len(losses)}


def calibrate_phase(engine, cfg):
    engine.model.eval()
    nll = 0.0
    with torch.no_grad():
        for _ in range(cfg["batches"]):
            x, y = synthetic_batch(4, 6)
            nll += F.cross_entropy(engine.model(x), y).item()
    engine.model.temperature = 1.0 + 0.1 * nll / cfg["batches"]
    return {"phase": "calibrate", "T": round(engine.model.temperature, 3)}


PHASES = {"fit": fit_phase, "calibrate": calibrate_phase}
