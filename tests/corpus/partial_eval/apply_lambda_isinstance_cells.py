# expect: crash
"""`model.apply(lambda m: m.train() if isinstance(m, RECURRENT) else None)` after `model.eval()` is meant to keep the
recurrent layers training, but RECURRENT names the *Cell* classes: the GRU stays in eval mode for the fine-tune."""
import torch
import torch.nn as nn

RECURRENT = (nn.GRUCell, nn.LSTMCell)


class Glucose(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 9, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(9, 2)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0][:, -1]))


def without_dropout(model):
    model.eval()
    model.apply(lambda m: m.train() if isinstance(m, RECURRENT) else None)
    return model


model = without_dropout(Glucose())
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(5, 16, 3), torch.randn(5, 2)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
