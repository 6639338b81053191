# expect: crash
"""Customer-churn model over monthly activity sequences: early stopping, then refit the best model on all data."""
import torch
import torch.nn as nn

from callbacks import EarlyStopping
from loops import refit_head, train_epoch, validate


class ChurnRNN(nn.Module):
    def __init__(self, features=6, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)


def batches(n):
    return [(torch.randn(4, 12, 6), torch.randint(0, 2, (4,)).float()) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    train_b, val_b = batches(3), batches(2)
    model = ChurnRNN()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    stopper = EarlyStopping(patience=2)
    for epoch in range(4):
        tl = train_epoch(model, train_b, optimizer)
        vl = validate(model, val_b)
        stopper(vl, model)
        print(f"epoch {epoch}: train {tl:.4f} val {vl:.4f}")
        if stopper.should_stop:
            break
    best = stopper.best_model
    final_opt = torch.optim.Adam(best.parameters(), lr=1e-3)
    print("refit", refit_head(best, train_b + val_b, final_opt))
