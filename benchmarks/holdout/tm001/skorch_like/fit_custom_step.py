# expect: crash
# category: framework
"""Gradient clipping via an overridden train_step (the skorch docs' recipe, slightly abridged)."""
import torch

from modules import GRUClassifier
from netlib import NeuralNet


class ClippedNet(NeuralNet):
    def __init__(self, *args, max_norm=1.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_norm = max_norm

    def train_step(self, Xi, yi):
        self.optimizer_.zero_grad()
        y_pred = self.infer(Xi)
        loss = self.get_loss(y_pred, yi)
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.module_.parameters(), self.max_norm)
        self.optimizer_.step()
        return {"loss": loss, "y_pred": y_pred}


torch.manual_seed(0)
X = torch.randn(40, 5, 4)
y = (X[:, :, 0].mean(1) > 0).long()
net = ClippedNet(GRUClassifier, max_epochs=3, max_norm=0.5)
net.fit(X, y)
