# expect: crash
"""Sand-yacht run speeds: predict next-leg speed from wind traces, adapting the encoder
on each test batch with a masked-reconstruction loss (test-time training)."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class YachtNet(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, n_feat)
        self.speed = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.speed(self.encode(x)[:, -1]).squeeze(-1)

    def ssl_loss(self, x):
        mask = (torch.rand(x.shape[:2]) < 0.3).unsqueeze(-1).float()
        rec = self.recon(self.encode(x * (1 - mask)))
        return F.mse_loss(rec * mask, x * mask)


def fit(model, n=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(n):
        x, y = torch.randn(6, 7, 4), torch.randn(6)
        loss = F.mse_loss(model(x), y) + model.ssl_loss(x)
        opt.zero_grad(); loss.backward(); opt.step()


def adapt_and_predict(base, x, steps=2):
    model = copy.deepcopy(base)
    opt = torch.optim.SGD(model.encoder.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = model.ssl_loss(x)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        return model(x)


if __name__ == "__main__":
    net = YachtNet()
    fit(net)
    net.eval()  # deterministic head for test
    for i in range(2):
        preds = adapt_and_predict(net, torch.randn(3, 7, 4))
        print("batch", i, preds.tolist())
