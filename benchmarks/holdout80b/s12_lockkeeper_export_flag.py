# expect: clean
"""Canal lock fill-time model: an 'export-ready' flag on the wrapper, then one more fine-tuning step."""
import torch
import torch.nn as nn

torch.manual_seed(6)


class LockModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.enc = nn.LSTM(2, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.dec = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.enc(x)
        return self.dec(o).squeeze(-1)


def mark_for_export(model):
    # only flips the flag on the top-level wrapper; children keep their own mode
    model.training = False
    model.export_ready = True
    return model


def fine_tune_step(model, opt, x, y):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    model = LockModel()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    x, y = torch.randn(5, 6, 2), torch.randn(5, 6)
    model.train()
    for _ in range(2):
        fine_tune_step(model, opt, x, y)
    mark_for_export(model)
    print("wrapper training flag:", model.training, "enc:", model.enc.training)
    # a late calibration step arrives after marking
    print("late step loss", fine_tune_step(model, opt, x, y))


if __name__ == "__main__":
    main()
