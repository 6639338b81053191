import torch
import torch.nn as nn


class GradientExplainer:
    """Input-gradient saliency for recurrent classifiers.

    Dropout and batch-norm must be in inference mode for faithful maps, but the recurrent layers are
    switched back to training mode: cuDNN only differentiates RNNs that ran in training mode."""

    def __init__(self, model):
        self.model = model

    def _prepare(self):
        self.model.eval()
        for m in self.model.modules():
            if isinstance(m, nn.RNNBase):
                m.train()

    def explain(self, x, target):
        self._prepare()
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, target.view(-1, 1)).sum()
        score.backward()
        return x.grad.abs()
