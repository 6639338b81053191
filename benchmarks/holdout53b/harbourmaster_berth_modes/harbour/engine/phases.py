"""Phase functions chosen by name from the settings; `mode` is applied before each phase runs."""
import torch
import torch.nn.functional as F

from ..models import build_model


def _batch(n=6, t=8):
    x = torch.randn(n, t, 4)
    y = (x[:, :, 1].sum(1) > 0).float()
    return x, y


def pretrain(model, steps):
    opt = torch.optim.Adam([p for n, p in model.named_parameters() if n != "log_temp"], lr=5e-3)
    for _ in range(steps):
        x, y = _batch()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


def calibrate(model, steps):
    """Temperature scaling: logits of the frozen net computed once, only the temperature learns."""
    x, y = _batch(12)
    with torch.no_grad():
        h, _ = model.gru(x)
        raw = model.out(h[:, -1]).squeeze(-1)
    opt = torch.optim.LBFGS([model.log_temp], lr=0.1, max_iter=5)

    def closure():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(raw / model.log_temp.exp(), y)
        loss.backward()
        return loss

    for _ in range(steps):
        loss = opt.step(closure)
    return float(loss)


def finetune(model, steps):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = _batch()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


PHASES = {"pretrain": pretrain, "calibrate": calibrate, "finetune": finetune}


def _apply_mode(model, mode):
    if mode == "train":
        model.train()
    elif mode == "eval":
        model.eval()
    # anything else: leave the model as the previous phase left it


def run_pipeline(cfg):
    model = build_model(cfg["model"])
    report = {}
    for ph in cfg["phases"]:
        _apply_mode(model, ph.get("mode", "keep"))
        report[ph["name"]] = PHASES[ph["name"]](model, ph["steps"])
    return report
