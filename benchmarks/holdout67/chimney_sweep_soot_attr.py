# expect: clean
"""Chimney-sweep soot build-up: deterministic fine-tuning that switches off every dropout.

The LSTM's own inter-layer dropout is zeroed by attribute instead of by eval().
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

DROPOUT_LIKE = (nn.Dropout,)


class SootModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.tanh(self.inp(x))))
        return self.out(h[:, -1])


def disable_dropout(model):
    for m in model.modules():
        if isinstance(m, DROPOUT_LIKE):
            m.eval()
        elif isinstance(m, nn.LSTM):
            m.dropout = 0.0
    return model


def finetune(model, batches, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    disable_dropout(model)
    for x, y in batches:
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(8)
    batches = [(torch.randn(5, 6, 4), torch.randn(5, 1)) for _ in range(3)]
    print("final", finetune(SootModel(), batches))
