# expect: crash
"""Lime-kiln burn-time forecaster: a zoo of pretrained models, one fine-tuned per kiln."""
import torch
from torch import nn


class KilnForecaster(nn.Module):
    _zoo = {}

    def __init__(self, cell="lstm", n_in=3, hidden=8):
        super().__init__()
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[cell]
        self.encoder = rnn_cls(n_in, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.decoder(out[:, -1])

    @classmethod
    def register_pretrained(cls, name, **kwargs):
        torch.manual_seed(len(cls._zoo))
        cls._zoo[name] = (kwargs, cls(**kwargs).state_dict())

    @classmethod
    def pretrained(cls, name):
        kwargs, state = cls._zoo[name]
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()


def kiln_readings(kiln_id, n=12, t=6):
    g = torch.Generator().manual_seed(kiln_id)
    x = torch.randn(n, t, 3, generator=g)
    return x, x[:, :, 2].cumsum(1)[:, -1:]


def finetune(model, x, y, epochs=3):
    head_opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for epoch in range(epochs):
        for i in range(0, len(x), 4):
            loss = nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            head_opt.zero_grad()
            loss.backward()  # TM001-here
            head_opt.step()
    return loss.item()


if __name__ == "__main__":
    KilnForecaster.register_pretrained("draw-kiln", cell="gru", hidden=8)
    KilnForecaster.register_pretrained("flare-kiln", cell="lstm", hidden=6)
    results = {}
    for kiln_id, name in enumerate(["draw-kiln", "flare-kiln"]):
        model = KilnForecaster.pretrained(name)
        x, y = kiln_readings(kiln_id)
        results[name] = finetune(model, x, y)
    print(results)
