# expect: clean
"""A batch that looks corrupt is scored in eval mode for the log and then skipped by raising; the loop's
`except` puts the model back in train mode before `continue`."""
import torch
from torch import nn


class Corrupt(Exception):
    pass


class Denoiser(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.out(seq)


def train(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for index, x in enumerate(batches):
        try:
            if index == 1:
                model.eval()
                with torch.no_grad():
                    print("corrupt batch scored", model(x).abs().mean().item())
                raise Corrupt(index)
            loss = (model(x) - x).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        except Corrupt:
            model.train()
            continue


if __name__ == "__main__":
    train(Denoiser(), [torch.randn(3, 5, 2) for _ in range(3)])
