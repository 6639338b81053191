import torch
import torch.nn.functional as F

PHASES = {}
PHASE_MODE = {"pretrain": True, "calibrate": False, "explain": False, "finetune": True}


def phase(name):
    def register(fn):
        PHASES[name] = fn
        return fn
    return register


def _batch(b=5, t=9):
    x = torch.randn(b, t, 3)
    y = x[:, :, 1].sum(1) * 0.3 + x[:, -1, 2]
    return x, y


def _fit(model, steps, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    last = None
    for _ in range(steps):
        x, y = _batch()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        last = loss.item()
    return round(last, 4)


@phase("pretrain")
def pretrain(model, cfg):
    return _fit(model, cfg["steps"], cfg["lr"])


@phase("calibrate")
def calibrate(model, cfg):
    with torch.no_grad():
        x, y = _batch(8)
        resid = (model(x) - y).std().item()
    return round(resid, 4)


@phase("explain")
def explain(model, cfg):
    x, _ = _batch(cfg["samples"])
    x.requires_grad_(True)
    # the reference implementation of the GRU lets us take input gradients in eval mode
    with torch.backends.cudnn.flags(enabled=False):
        model(x).sum().backward()
    model.zero_grad(set_to_none=True)
    return [round(v, 4) for v in x.grad.abs().mean((0, 1)).tolist()]


@phase("finetune")
def finetune(model, cfg):
    return _fit(model, cfg["steps"], cfg["lr"])


def run_pipeline(model, cfg):
    report = {}
    for name in cfg["phases"]:
        model.train(PHASE_MODE[name])
        report[name] = PHASES[name](model, cfg.get(name, {}))
    return report
