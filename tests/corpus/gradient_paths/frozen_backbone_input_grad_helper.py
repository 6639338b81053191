# expect: crash
"""Near miss of frozen_backbone_head_helper: the helper also asks for the gradient with respect to the
input sequence (an adversarial augmentation), so the backward must go through the frozen eval GRU."""
import torch
import torch.nn as nn

torch.manual_seed(32)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)

    def forward(self, seq):
        return self.lstm(seq)[1][0][-1]


def robust_head_step(backbone, head, seq, label, eps=0.05):
    seq = seq.clone().requires_grad_(True)
    loss = nn.functional.cross_entropy(head(backbone(seq)), label)
    loss.backward()  # TM001-here
    return (seq + eps * seq.grad.sign()).detach()


backbone = Backbone()
backbone.requires_grad_(False)
backbone.eval()
head = nn.Linear(10, 3)
adversarial = robust_head_step(backbone, head, torch.randn(5, 8, 4), torch.randint(0, 3, (5,)))
print("perturbed batch", adversarial.shape)
