import torch

from .loop import Trainer


class RelevanceTrainer(Trainer):
    """Logs gradient*input relevance per input channel on a fixed probe batch."""

    def relevance(self, x):
        x = x.clone().requires_grad_(True)
        logits = self.model(x)
        picked = logits.gather(1, logits.argmax(-1, keepdim=True)).sum()
        self.model.zero_grad()
        picked.backward()
        rel = (x.grad * x).detach().abs().mean(dim=(0, 1))
        self.model.zero_grad()
        return rel

    def on_epoch_end(self, epoch, train_loss):
        self._probe = self._probe if hasattr(self, "_probe") else torch.randn(4, 6, 3)
        rel = self.relevance(self._probe)
        print(f"[epoch {epoch}] train_loss={train_loss:.4f} relevance={[round(v, 4) for v in rel.tolist()]}")
