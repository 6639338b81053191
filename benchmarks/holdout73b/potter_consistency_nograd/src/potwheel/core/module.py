import torch
import torch.nn.functional as F

from ..utils.modes import EvalMode


class LitModule:
    """A hand-written imitation of a LightningModule: training_step / configure_optimizers."""

    def __init__(self, model, consistency=0.5):
        self.model = model
        self.consistency = consistency

    def configure_optimizers(self):
        return torch.optim.Adam(self.model.parameters(), lr=2e-3)

    def target_view(self, x):
        # clean, dropout-free view of the batch used as a consistency target
        with EvalMode(self.model), torch.no_grad():
            return self.model(x)

    def training_step(self, batch):
        x, y = batch
        logits = self.model(x + 0.05 * torch.randn_like(x))
        target = self.target_view(x)
        sup = F.cross_entropy(logits, y)
        cons = F.mse_loss(logits.softmax(1), target.softmax(1))
        return sup + self.consistency * cons
