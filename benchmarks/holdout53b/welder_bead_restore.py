# expect: clean
"""Welder bead-quality classifier: a GRU over arc-current samples -> good / porous / undercut.

Validation is done mid-epoch; the helper remembers the mode and puts it back.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class BeadGRU(nn.Module):
    def __init__(self, hidden=12, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, arc):
        z, _ = self.gru(torch.tanh(self.inp(arc)))
        return self.cls(z.mean(1))


@torch.no_grad()
def quick_val(model, arc, lab):
    was_training = model.training
    model.eval()
    acc = (model(arc).argmax(-1) == lab).float().mean().item()
    model.train(was_training)
    return acc


def run():
    model = BeadGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    arcs = torch.randn(6, 4, 10, 2)
    labs = torch.randint(0, 3, (6, 4))
    model.train()
    for i in range(6):
        if i % 3 == 2:
            print(f"step {i} val acc {quick_val(model, arcs[0], labs[0]):.2f}")
        loss = F.cross_entropy(model(arcs[i]), labs[i])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("final", loss.item())


if __name__ == "__main__":
    run()
