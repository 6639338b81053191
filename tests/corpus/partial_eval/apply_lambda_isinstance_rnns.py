# expect: clean
"""`model.apply(lambda m: m.train() if isinstance(m, RECURRENT) else None)` after `model.eval()` keeps the recurrent
layers training (RECURRENT names nn.GRU and nn.LSTM), so the fine-tune runs the GRU in train mode."""
import torch
import torch.nn as nn

RECURRENT = (nn.GRU, nn.LSTM)


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
loss.backward()
opt.step()
