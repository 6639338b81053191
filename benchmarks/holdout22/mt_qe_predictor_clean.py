# expect: clean
"""MT quality estimation: the pre-trained predictor is frozen and used as a feature extractor."""
import torch
import torch.nn as nn


class Predictor(nn.Module):
    def __init__(self, vocab=25, dim=8):
        super().__init__()
        self.src_emb = nn.Embedding(vocab, dim)
        self.tgt_emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(2 * dim, dim, bidirectional=True, batch_first=True)
        self.drop = nn.Dropout(0.3)

    def forward(self, src, tgt):
        ctx = self.src_emb(src).mean(1, keepdim=True).expand(-1, tgt.size(1), -1)
        h, _ = self.gru(self.drop(torch.cat([self.tgt_emb(tgt), ctx], -1)))
        return h


class Estimator(nn.Module):
    def __init__(self, dim=16):
        super().__init__()
        self.reg = nn.Sequential(nn.Linear(dim, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, feats):
        return torch.sigmoid(self.reg(feats.mean(1))).squeeze(-1)


def pretrain(pred, steps=2):
    opt = torch.optim.Adam(pred.parameters(), lr=1e-3)
    pred.train()
    for _ in range(steps):
        src, tgt = torch.randint(0, 25, (4, 6)), torch.randint(0, 25, (4, 5))
        loss = pred(src, tgt).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()


def main():
    torch.manual_seed(0)
    pred, est = Predictor(), Estimator()
    pretrain(pred)
    pred.eval()
    pred.requires_grad_(False)
    opt = torch.optim.Adam(est.parameters(), lr=5e-4)
    for step in range(2):
        src, tgt = torch.randint(0, 25, (4, 6)), torch.randint(0, 25, (4, 5))
        loss = nn.functional.mse_loss(est(pred(src, tgt)), torch.rand(4))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, float(loss))


if __name__ == "__main__":
    main()
