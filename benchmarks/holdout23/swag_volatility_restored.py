# expect: clean
"""SWAG (mode restored after sampling) on a GRU realised-volatility forecaster: collect moments, sample, keep training."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class VolNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return nn.functional.softplus(self.out(h[:, -1]))


class Swag:
    def __init__(self, model):
        self.model = model
        self.n = 0
        self.mean = [p.detach().clone() for p in model.parameters()]
        self.sq = [p.detach().clone() ** 2 for p in model.parameters()]

    def collect(self):
        self.n += 1
        for m, s, p in zip(self.mean, self.sq, self.model.parameters()):
            m.mul_((self.n - 1) / self.n).add_(p.detach() / self.n)
            s.mul_((self.n - 1) / self.n).add_(p.detach() ** 2 / self.n)

    def sample_predict(self, x, k=3):
        saved = [p.detach().clone() for p in self.model.parameters()]
        was_training = self.model.training
        self.model.eval()
        preds = []
        with torch.no_grad():
            for _ in range(k):
                for p, m, s in zip(self.model.parameters(), self.mean, self.sq):
                    std = (s - m ** 2).clamp_min(1e-8).sqrt()
                    p.copy_(m + std * torch.randn_like(m))
                preds.append(self.model(x))
            for p, v in zip(self.model.parameters(), saved):
                p.copy_(v)
        self.model.train(was_training)
        return torch.stack(preds).mean(0)


def main():
    model = VolNet()
    swag = Swag(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 5, 3), torch.rand(6, 1)
    for epoch in range(3):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        swag.collect()
        pred = swag.sample_predict(x)
        print(f"epoch {epoch} loss {loss.item():.4f} swag-mse {nn.functional.mse_loss(pred, y).item():.4f}")


if __name__ == "__main__":
    main()
