"""Phases named in the config; each is a function taking (model, cfg, state)."""
import torch
import torch.nn.functional as F


def _data(n, b, t=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(b, t, 4, generator=g), (torch.rand(b, generator=g) > 0.5).float()) for _ in range(n)]


def warmup(model, cfg, state):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for x, y in _data(cfg["steps"], cfg["batch"], seed=1):
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    state["opt"] = opt


def calibrate(model, cfg, state):
    """Fit a temperature on held-out logits."""
    model.eval()
    with torch.no_grad():
        pairs = [(model(x), y) for x, y in _data(2, cfg["batch"], seed=2)]
    t_opt = torch.optim.SGD([model.log_temp], lr=0.1)
    for logits, y in pairs:
        loss = F.binary_cross_entropy_with_logits(logits / model.log_temp.exp(), y)
        t_opt.zero_grad(); loss.backward(); t_opt.step()
    state["temp"] = model.log_temp.exp().item()


def finetune(model, cfg, state):
    opt = state["opt"]
    for x, y in _data(cfg["steps"], cfg["batch"], seed=3):
        loss = F.binary_cross_entropy_with_logits(model(x) / model.log_temp.exp().detach(), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


PHASES = {"warmup": warmup, "calibrate": calibrate, "finetune": finetune}


def run_phases(model, cfg):
    state = {}
    for name in cfg["phases"]:
        PHASES[name](model, cfg, state)
        print("phase", name, "done")
    return state
