# expect: clean
"""torchbearer-style Trial.run with callbacks and a state dict keyed by StateKeys.

ConfusionCallback.on_end_epoch switches the model to eval; Trial.run calls
self.train() (model.train()) at the top of every epoch, so training is in train mode.
"""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence

from bearer import Trial, callbacks


class PackedGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 10, batch_first=True)
        self.out = nn.Linear(10, 4)

    def forward(self, x):
        lengths = torch.full((x.size(0),), x.size(1), dtype=torch.long)
        lengths[0] = x.size(1) - 2
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        _, h = self.rnn(packed)
        return self.out(h[-1])


def gen(n):
    return [(torch.randn(5, 8, 3), torch.randint(0, 4, (5,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    net = PackedGRU()
    trial = Trial(net, torch.optim.SGD(net.parameters(), lr=0.1), nn.CrossEntropyLoss(),
                  callbacks=[callbacks.ConfusionCallback(n_classes=4)])
    trial.with_generators(train_generator=gen(3), val_generator=gen(2))
    result = trial.run(epochs=3)
    print(result[-1])
