import torch
import torch.nn.functional as F

PHASE_MODE = {
    "sanity": lambda m: m.eval(),
    "train": lambda m: m.train(),
    "valid": lambda m: m.eval(),
}


def _batch(cfg, b=4, t=6):
    s = torch.randint(0, cfg.model.n_items, (b, t))
    return s[:, :-1], s[:, 1:]


def run_phase(net, opt, phase, cfg):
    x, y = _batch(cfg)
    with torch.set_grad_enabled(phase == "train"):
        logits = net(x)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
    if phase == "train":
        opt.zero_grad()
        loss.backward()
        opt.step()
    return round(loss.item(), 4)
