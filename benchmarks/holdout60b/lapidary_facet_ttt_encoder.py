# expect: clean
"""Lapidary facet-angle regression with test-time training on each incoming batch.

A `TTTStep` object is called on every test batch: it switches the predictor to eval mode but puts the encoder back
into train mode,
takes one self-supervised step (masked-reading reconstruction) on the shared GRU encoder,
then predicts the facet angle.
"""
import torch
import torch.nn as nn

torch.manual_seed(7)


class FacetModel(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.encoder = nn.GRU(d, h, batch_first=True)
        self.recon = nn.Linear(h, d)
        self.angle = nn.Linear(h, 1)
        self.drop = nn.Dropout(0.3)

    def encode(self, x):
        h, _ = self.encoder(x)
        return self.drop(h)

    def forward(self, x):
        return self.angle(self.encode(x)[:, -1]).squeeze(-1)


class TTTStep:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)

    def __call__(self, x):
        self.model.eval()
        self.model.encoder.train()  # the encoder adapts; only dropout and the heads stay in eval
        mask = (torch.rand_like(x) < 0.25).float()
        h = self.model.encode(x * (1 - mask))
        ssl = ((self.model.recon(h) - x) ** 2 * mask).mean()
        self.opt.zero_grad()
        ssl.backward()
        self.opt.step()
        self.model.encoder.eval()
        with torch.no_grad():
            return self.model(x)


def main():
    model = FacetModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(3):
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    step = TTTStep(model)
    for b in range(2):
        pred = step(torch.randn(4, 5, 3))
        print(f"test batch {b}: {pred.tolist()}")


if __name__ == "__main__":
    main()
