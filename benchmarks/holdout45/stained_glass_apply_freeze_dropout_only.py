# expect: clean
"""Stained-glass panel crack classifier.

Lead-came strain readings along a panel are fed to a bidirectional LSTM.
For fine-tuning we "freeze stochasticity": every regularising module is put
in eval so the fine-tune is deterministic.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)

FREEZE_TYPES = (nn.Dropout,)  # the LSTM keeps its own dropout


class PanelNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1,
                            batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.relu(self.proj(x))))
        return self.head(h.mean(1))


def _freeze_stochastic(m):
    if isinstance(m, FREEZE_TYPES):
        m.eval()


def fine_tune(model, batches, lr=1e-2):
    model.train()
    model.apply(_freeze_stochastic)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    data = [(torch.randn(4, 6, 3), torch.randint(0, 3, (4,))) for _ in range(3)]
    net = PanelNet()
    print("final loss", fine_tune(net, data))
