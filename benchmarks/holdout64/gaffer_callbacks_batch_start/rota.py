# expect: clean
import torch
from torch import nn

from callbacks import ModeKeeper, make_probe
from loop import run


class RotaNet(nn.Module):
    def __init__(self, n_shift=4, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(12, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_shift)

    def forward(self, tokens):
        h, _ = self.rnn(self.emb(tokens))
        return self.out(h[:, -1])


if __name__ == "__main__":
    torch.manual_seed(6)
    model = RotaNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    batches = [(torch.randint(0, 12, (4, 7)), torch.randint(0, 4, (4,))) for _ in range(4)]
    cbs = [ModeKeeper(model), make_probe(model, torch.randint(0, 12, (2, 7)))]
    state = run(model, opt, batches, cbs)
    print("probe", [round(p, 3) for p in state["probe"]])
