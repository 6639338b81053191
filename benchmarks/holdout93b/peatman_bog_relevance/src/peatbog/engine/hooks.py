import torch

from .loop import Trainer


class RelevanceTrainer(Trainer):
    """Logs gradient*input relevance per input channel on a validation batch."""

    def relevance(self, x):
        x = x.clone().requires_grad_(True)
        logits = self.model(x)
        picked = logits.gather(1, logits.argmax(-1, keepdim=True)).sum()
        self.model.zero_grad()
        picked.backward()  # TM001-here
        rel = (x.grad * x).detach().abs().mean(dim=(0, 1))
        self.model.zero_grad()
        return rel

    def on_validation_end(self, epoch, val_batch, val_acc):
        x, _ = val_batch
        rel = self.relevance(x)
        print(f"[epoch {epoch}] val_acc={val_acc:.2f} relevance={[round(v, 4) for v in rel.tolist()]}")
