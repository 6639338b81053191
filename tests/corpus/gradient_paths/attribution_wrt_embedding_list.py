# expect: crash
"""Per-example gradient features for an eval-mode tagger (a data-valuation score): the helper asks
autograd.grad for the embedding table, passed as a one-element list, so the backward runs through
the eval-mode LSTM."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(20, 6)
        self.lstm = nn.LSTM(6, 6, batch_first=True)
        self.classifier = nn.Linear(6, 3)

    def forward(self, ids):
        return self.classifier(self.lstm(self.embed(ids))[0])


def gradient_feature(net, ids, tags):
    scores = net(ids)
    loss = nn.functional.cross_entropy(scores.flatten(0, 1), tags.flatten())
    (grad,) = torch.autograd.grad(loss, [net.embed.weight])  # TM001-here
    return grad.flatten()


torch.manual_seed(0)
net = Tagger()
net.eval()
examples = [(torch.randint(0, 20, (1, 5)), torch.randint(0, 3, (1, 5))) for _ in range(3)]
features = torch.stack([gradient_feature(net, ids, tags) for ids, tags in examples])
print(features.shape)
