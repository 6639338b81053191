# expect: clean
"""Gradient x input attribution for a splice-site classifier (BiGRU over
one-hot DNA). The trained model is in eval; only the attribution forward is
run under cudnn.flags(enabled=False); the backward happens after the block."""
import torch
import torch.nn as nn

torch.manual_seed(33)


class SpliceGRU(nn.Module):
    def __init__(self, d=8):
        super().__init__()
        self.gru = nn.GRU(4, d, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * d, 3)

    def forward(self, onehot):
        return self.out(self.gru(onehot)[0][:, self.center(onehot)])

    @staticmethod
    def center(x):
        return x.shape[1] // 2


def grad_x_input(model, onehot, target):
    model.eval()
    x = onehot.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        logits = model(x)
    logits.gather(1, target.view(-1, 1)).sum().backward()
    return (x.grad * x).sum(-1)


if __name__ == "__main__":
    model = SpliceGRU()
    seqs = torch.nn.functional.one_hot(torch.randint(0, 4, (3, 15)), 4).float()
    attr = grad_x_input(model, seqs, torch.tensor([0, 1, 2]))
    print("top position per sequence:", attr.abs().argmax(1).tolist())
