"""Input-gradient saliency for any classifier handed in: dropout off for stable maps, the recurrent
layers back in training mode because cuDNN differentiates only RNNs that ran in training mode."""
import torch
import torch.nn as nn


class InputGradients:
    def __init__(self, classifier):
        self.classifier = classifier

    def _inference_mode_except_recurrent(self):
        self.classifier.eval()
        for module in self.classifier.modules():
            if isinstance(module, nn.RNNBase):
                module.train()

    def maps(self, inputs, labels):
        self._inference_mode_except_recurrent()
        inputs = inputs.clone().requires_grad_(True)
        picked = self.classifier(inputs).gather(1, labels.view(-1, 1)).sum()
        picked.backward()
        return inputs.grad.abs().sum(dim=-1)
