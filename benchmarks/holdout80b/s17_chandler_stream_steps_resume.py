# expect: clean
"""Candle-dipping wax-temperature model: a batch generator that owns the mode, and a callable step object."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class WaxLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1])


def stream(model, n_batches, val_every=3):
    """Yields ('train'|'val', batch); puts the model in eval for validation batches and back afterwards."""
    for i in range(n_batches):
        x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
        if (i + 1) % val_every == 0:
            prev = model.training
            model.eval()
            yield "val", (x, y)
            model.train(prev)  # runs when the consumer asks for the next batch
        else:
            yield "train", (x, y)


class Step:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.n = 0

    def __call__(self, batch):
        x, y = batch
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.n += 1
        return loss.item()


def validate(model, batch):
    x, y = batch
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


if __name__ == "__main__":
    model = WaxLSTM()
    model.train()
    step = Step(model)
    for kind, batch in stream(model, 7):
        if kind == "train":
            print("train", round(step(batch), 4))
        else:
            print("val  ", round(validate(model, batch), 4))
