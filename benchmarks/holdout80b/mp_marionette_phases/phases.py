import torch
import torch.nn.functional as F


def _batch():
    return torch.randn(4, 6, 4), torch.randint(0, 3, (4,))


def warmup(model, state):
    opt = state.setdefault("opt", torch.optim.Adam(model.parameters(), lr=1e-2))
    for _ in range(2):
        x, y = _batch()
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    state["loss"] = loss.item()


def calibrate(model, state):
    x, y = _batch()
    with torch.no_grad():
        logits = model(x)
    t = torch.ones(1, requires_grad=True)
    opt = torch.optim.LBFGS([t], lr=0.1, max_iter=10)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / t, y)
        loss.backward()
        return loss

    opt.step(closure)
    state["temperature"] = t.item()


def finetune(model, state):
    opt = state["opt"]
    x, y = _batch()
    opt.zero_grad()
    loss = F.cross_entropy(model(x) / state["temperature"], y)
    loss.backward()
    opt.step()
    state["loss"] = loss.item()


STEPS = {"warmup": warmup, "calibrate": calibrate, "finetune": finetune}


def run_phases(model, phases):
    state = {}
    for name, mode in phases:
        model.train(mode == "train")
        STEPS[name](model, state)
        print(f"phase {name:9s} mode={mode}")
    return state
