import torch


class Callback:
    def on_epoch_end(self, trainer, epoch):
        pass


class LossLogger(Callback):
    def on_epoch_end(self, trainer, epoch):
        print(f"epoch {epoch}: loss {trainer.last_loss:.4f}")


class RelevanceLogger(Callback):
    """Layer-wise relevance approximated by gradient * input on a fixed probe batch."""

    def __init__(self, probe, every=1):
        self.probe = probe
        self.every = every
        self.snapshots = []

    def on_epoch_end(self, trainer, epoch):
        if epoch % self.every:
            return
        model = trainer.model
        was_training = model.training
        model.eval()  # no dropout noise in the maps
        x = self.probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = model(x)
        score = logits.gather(1, logits.argmax(1, keepdim=True)).sum()
        g, = torch.autograd.grad(score, x)
        self.snapshots.append((g * x).detach().sum(-1))
        model.train(was_training)
