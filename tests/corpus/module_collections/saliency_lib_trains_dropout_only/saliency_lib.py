"""Input-gradient saliency for any classifier handed in: inference mode, but dropout turned back on
for smoothed maps (the recurrent layers are left in eval)."""
import torch
import torch.nn as nn


class InputGradients:
    def __init__(self, classifier):
        self.classifier = classifier

    def _inference_mode_except_dropout(self):
        self.classifier.eval()
        for module in self.classifier.modules():
            if isinstance(module, nn.Dropout):
                module.train()

    def maps(self, inputs, labels):
        self._inference_mode_except_dropout()
        inputs = inputs.clone().requires_grad_(True)
        picked = self.classifier(inputs).gather(1, labels.view(-1, 1)).sum()
        picked.backward()  # TM001-here
        return inputs.grad.abs().sum(dim=-1)
