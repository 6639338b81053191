import torch


class Callback:
    pass


class EpochPrinter(Callback):
    def on_validation_end(self, runner, task, loader):
        print(f"epoch {runner.epoch}: " + ", ".join(f"{k}={v:.3f}" for k, v in runner.metrics.items()))


class SaliencyLogger(Callback):
    """Logs which hour of the input window the classifier leans on (|d logit / d x|)."""

    def __init__(self, every=1):
        self.every = every
        self.history = []

    def on_validation_end(self, runner, task, loader):
        if runner.epoch % self.every:
            return
        x, y = loader[0]
        x = x.clone().requires_grad_(True)
        # cuDNN refuses RNN backward outside training mode, so the probe runs on the native kernels
        with torch.backends.cudnn.flags(enabled=False):
            logits = task(x)
            picked = logits.gather(1, y[:, None]).sum()
            picked.backward()
        per_hour = x.grad.abs().sum(dim=(0, 2))
        task.zero_grad(set_to_none=True)
        self.history.append(int(per_hour.argmax()))
        print("most salient hour:", self.history[-1])
