import torch


class EvaluationMixin:
    """Adds evaluate() to an nn.Module; leaves the module in the mode it found it in."""

    @torch.no_grad()
    def evaluate(self, batches, metric):
        was_training = self.training
        self.eval()
        try:
            scores = [metric(self(g), g["label"]) for g in batches]
        finally:
            self.train(was_training)
        return sum(scores) / len(scores)
