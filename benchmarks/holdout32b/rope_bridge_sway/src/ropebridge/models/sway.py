from torch import nn


class SwayModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.amp = nn.Linear(hidden, 1)

    def forward(self, wind):
        return self.amp(self.rnn(wind)[0][:, -1])


def train_epoch(model, opt, batches):
    model.train()
    total = 0.0
    for wind, sway in batches:
        loss = nn.functional.mse_loss(model(wind), sway)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)
