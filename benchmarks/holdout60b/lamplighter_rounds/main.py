# expect: clean
"""Lamplighter rounds: predict which gas lamps on a round will need a new mantle."""
import torch
import torch.nn as nn

from lamplight import Evaluator, GradNormProbe, Trainer

torch.manual_seed(11)


class RoundNet(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.rnn = nn.GRU(d, h, num_layers=2, batch_first=True)
        self.head = nn.Linear(h, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def batch(bs=4, T=5):
    return torch.randn(bs, T, 3), torch.randint(0, 2, (bs,))


if __name__ == "__main__":
    evaluator, probe = Evaluator([batch(), batch()]), GradNormProbe(batch())
    trainer = Trainer(RoundNet(), callbacks=[evaluator, probe])
    trainer.fit([batch() for _ in range(3)])
    print("acc", evaluator.history)
    print("grad norms", probe.norms)
