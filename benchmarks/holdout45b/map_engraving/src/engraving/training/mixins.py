import torch
import torch.nn.functional as F


class EvaluateMixin:
    """Adds `evaluate()` to a trainer that has `self.model`.

    The mode the model had before evaluation is restored afterwards.
    """

    def evaluate(self, batches):
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                errs = [F.l1_loss(self.model(x), y).item() for x, y in batches]
        finally:
            self.model.train(was_training)
        return sum(errs) / len(errs)
