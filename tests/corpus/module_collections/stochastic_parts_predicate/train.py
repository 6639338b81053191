# expect: crash
"""Two-stage training of a chord recogniser. Stage two freezes the randomness: `settle()` puts
every stochastic part in eval mode, picked by the predicate `is_stochastic()` -- a Dropout, or a
layer whose `dropout` attribute is set. The LSTM is built with dropout=0.3, so it is picked, and
stage two backpropagates through an LSTM whose forward ran in eval mode."""
import torch
from torch import nn

from chords.model import ChordNet
from chords.stages import settle


def stage(model, batches, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for frames, labels in batches:
        loss = nn.functional.cross_entropy(model(frames), labels)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return float(loss)


if __name__ == "__main__":
    torch.manual_seed(3)
    net = ChordNet(n_bins=24, width=12, depth=2, dropout=0.3)
    batches = [(torch.randn(8, 30, 24), torch.randint(0, 25, (8,))) for _ in range(2)]
    net.train()
    print("stage 1", stage(net, batches, 0.05))
    print("settled:", settle(net))
    print("stage 2", stage(net, batches, 0.01))
