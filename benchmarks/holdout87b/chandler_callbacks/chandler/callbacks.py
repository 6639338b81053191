import torch


class LossLogger:
    def __call__(self, model, epoch, logs):
        print(f"[{epoch}] loss={logs['loss']:.4f}")


class SaliencyLogger:
    """Logs which time steps the classifier looks at, on a fixed probe batch."""

    def __init__(self, probe):
        self.probe = probe

    def __call__(self, model, epoch, logs):
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        logits = model(x)
        logits.max(dim=1).values.sum().backward()  # TM001-here
        sal = x.grad.abs().sum(-1).mean(0)
        model.zero_grad()
        logs["saliency_peak"] = int(sal.argmax())
        print(f"[{epoch}] saliency peak at t={logs['saliency_peak']}")
