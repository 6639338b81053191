# expect: crash
# category: func
# rule: TM002
"""Input saliency with torch.func.grad (eval mode) on a GRU classifier."""
import torch
import torch.nn as nn
import torch.func as tf

torch.manual_seed(0)
gru = nn.GRU(3, 12, batch_first=True)
head = nn.Linear(12, 4)


def score(x, target):
    return head(gru(x.unsqueeze(0))[0][:, -1]).squeeze(0)[target]


gru.eval()
x = torch.randn(6, 3)
target = int(head(gru(x.unsqueeze(0))[0][:, -1]).argmax())
saliency = tf.grad(score)(x, target).abs()  # crash-here
print(saliency.sum(-1))
