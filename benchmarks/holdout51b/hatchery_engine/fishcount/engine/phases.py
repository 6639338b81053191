"""Phases are named in a small YAML-like plan; each maps to a function taking the engine."""
import torch
import torch.nn.functional as F

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


def parse_plan(text):
    """Parse lines like `- fit: {epochs: 2}` into [(name, {k: v})]."""
    plan = []
    for line in text.strip().splitlines():
        line = line.strip().lstrip("-").strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        opts = {}
        rest = rest.strip().strip("{}")
        for kv in filter(None, (p.strip() for p in rest.split(","))):
            k, _, v = kv.partition(":")
            v = v.strip()
            opts[k.strip()] = float(v) if "." in v else int(v) if v.isdigit() else v
        plan.append((name.strip(), opts))
    return plan


@phase("fit")
def fit(engine, epochs=1, lr=0.01):
    opt = torch.optim.Adam([p for n, p in engine.model.named_parameters() if n != "temperature"], lr=lr)
    for _ in range(int(epochs)):
        for x, y in engine.data("train"):
            loss = F.cross_entropy(engine.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


@phase("calibrate")
def calibrate(engine, steps=5, lr=0.05):
    """Temperature scaling: logits are computed once, frozen, then T is fitted."""
    with torch.no_grad():
        pairs = [(engine.model.logits(x), y) for x, y in engine.data("val")]
    opt = torch.optim.SGD([engine.model.temperature], lr=lr)
    for _ in range(int(steps)):
        loss = sum(F.cross_entropy(z / engine.model.temperature, y) for z, y in pairs)
        opt.zero_grad()
        loss.backward()
        opt.step()


@phase("report")
def report(engine):
    with torch.no_grad():
        acc = [(engine.model(x).argmax(-1) == y).float().mean().item() for x, y in engine.data("val")]
    engine.metrics["val_acc"] = sum(acc) / len(acc)
