from .base import BaseTrainer


class RelevanceTrainer(BaseTrainer):
    """Logs which accelerometer channel drives the prediction (gradient x input)."""

    def on_validation_end(self, batch, acc):
        x, y = batch
        x = x.clone().requires_grad_(True)
        logits = self.model(x)
        picked = logits.gather(1, y[:, None]).sum()
        self.model.zero_grad()
        picked.backward()  # TM001-here
        relevance = (x.grad * x).sum(dim=(0, 1))
        top = int(relevance.abs().argmax())
        print(f"  val acc {acc:.3f}; most relevant channel {top}")
        self.model.zero_grad()
