# expect: clean
"""Cooperage stave-bending curves: a wrapper whose own `training` flag switches off input jitter."""
import torch
import torch.nn as nn

torch.manual_seed(23)


class StaveModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)
        self.jitter = 0.05

    def forward(self, x):
        if self.training:
            x = x + self.jitter * torch.randn_like(x)
        y, _ = self.rnn(x)
        return self.out(y[:, -1]).squeeze(-1)


def finetune_without_jitter(model, data, lr=1e-2):
    # only the wrapper's flag: the GRU keeps its own training=True
    model.training = False
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in data:
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.training = True
    return loss.item()


if __name__ == "__main__":
    m = StaveModel()
    data = [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(3)]
    print("finetune loss", round(finetune_without_jitter(m, data), 4))
    print("rnn flag", m.rnn.training)
