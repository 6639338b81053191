import torch
import torch.nn.functional as F


def _pipes(n=6, length=10):
    x = torch.randn(n, length, 2)
    cents = 5.0 * x[:, :3, 0].mean(1, keepdim=True)
    return x, cents


def fit(model, opt, steps):
    out = []
    for _ in range(steps):
        x, y = _pipes()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        out.append(loss.item())
    return {"fit_loss": round(out[-1], 4)}


def audit(model, opt, steps):
    with torch.no_grad():
        errs = [F.l1_loss(model(x), y).item() for x, y in (_pipes() for _ in range(steps))]
    return {"audit_mae": round(sum(errs) / len(errs), 4)}


def voice(model, opt, steps):
    """Fine-tune on the few pipes the voicer re-measured by ear."""
    for g in opt.param_groups:
        g["lr"] = g.get("voice_lr", g["lr"])
    for _ in range(steps):
        x, y = _pipes(n=2)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return {"voice_loss": round(loss.item(), 4)}


# name -> (callable, mode). mode None keeps whatever mode the model is in.
PHASES = {
    "fit": (fit, "train"),
    "audit": (audit, "eval"),
    "voice": (voice, None),
}
