import torch


class EvaluationMixin:
    """Adds evaluate(); expects self.model and self.val_data."""

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            losses = [float(self.compute_loss(batch)) for batch in self.val_data]
        return sum(losses) / len(losses)
