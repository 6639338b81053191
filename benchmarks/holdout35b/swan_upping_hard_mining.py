# expect: crash
"""Swan-upping tally classifier: online hard-example mining, scored in eval mode.

Each step scores the batch with the model in eval (so dropout does not perturb the
ranking), keeps the hardest half, and backpropagates their loss from that same pass.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class TallyNet(nn.Module):
    def __init__(self, n_feat=6, hidden=8, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.out(self.drop(h[:, -1]))


def mine(logits, y, keep=0.5):
    per = F.cross_entropy(logits, y, reduction="none")
    k = max(1, int(keep * per.numel()))
    idx = per.topk(k).indices
    return per[idx].mean(), idx


def main():
    model = TallyNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs = torch.randn(24, 5, 6)
    ys = torch.randint(0, 3, (24,))
    for epoch in range(2):
        for i in range(0, 24, 6):
            x, y = xs[i:i + 6], ys[i:i + 6]
            model.eval()
            logits = model(x)
            loss, idx = mine(logits, y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} hard-loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
