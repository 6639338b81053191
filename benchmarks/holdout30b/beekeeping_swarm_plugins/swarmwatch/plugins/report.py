import torch


def run(ctx):
    model = ctx["model"]
    x, _ = ctx["hive"]
    model.eval()
    with torch.no_grad():
        p = torch.sigmoid(model(x))
    ctx["log"].append("report: swarm risk " + ", ".join(f"{v:.2f}" for v in p.tolist()))
