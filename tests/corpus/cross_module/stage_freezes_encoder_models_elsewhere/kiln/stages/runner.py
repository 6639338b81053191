"""Each stage is a function of the model; the runner looks them up by name."""
import torch


def _batches(n, size, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(size, 12, 3, generator=g), torch.randn(size, generator=g)) for _ in range(n)]


def fit(net, cfg):
    net.train()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for readings, target in _batches(cfg["steps"], cfg["batch"], 1):
        loss = torch.nn.functional.mse_loss(net(readings), target)
        opt.zero_grad()
        loss.backward()
        opt.step()


def score(net, cfg):
    net.eval()
    with torch.no_grad():
        errors = [torch.nn.functional.l1_loss(net(r), t).item() for r, t in _batches(cfg["steps"], cfg["batch"], 2)]
    print("mae", sum(errors) / len(errors))


def probe(net, cfg):
    for p in net.encoder.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD(net.head.parameters(), lr=1e-2)
    for readings, target in _batches(cfg["steps"], cfg["batch"], 3):
        loss = torch.nn.functional.mse_loss(net(readings), target)
        opt.zero_grad()
        loss.backward()
        opt.step()


STAGES = {"fit": fit, "score": score, "probe": probe}


def run_stages(net, cfg):
    for name in cfg["stages"]:
        STAGES[name](net, cfg)
