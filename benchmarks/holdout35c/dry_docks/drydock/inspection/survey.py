import torch


def survey_hull(ctx, gauges):
    """Read-only look at the hull model for the dock master's report."""
    ctx.model.eval()
    with torch.no_grad():
        pred = ctx.model(gauges)
    return {"peak": pred.max().item(), "mean": pred.mean().item()}
