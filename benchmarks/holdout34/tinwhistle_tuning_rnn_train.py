# expect: clean
"""Tin-whistle maker: predict the fipple-cut adjustment (in tenths of a mm) that brings
a whistle's second octave in tune, from its strobe-tuner trace.

Fine-tuning per batch of whistles follows the workshop recipe: the model goes to eval
so the BatchNorm over tuner features uses its frozen statistics and dropout is off,
but every recurrent module is explicitly switched back to train mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FippleNet(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_feat)
        self.encoder = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.adjust = nn.Linear(2 * hidden, 1)

    def forward(self, trace):
        x = self.norm(trace.transpose(1, 2)).transpose(1, 2)
        h, _ = self.encoder(x)
        return self.adjust(self.drop(h.mean(1))).squeeze(-1)


def recurrent_train_mode(model):
    model.eval()
    for name, module in model.named_modules():
        if isinstance(module, nn.RNNBase):
            module.train()
    return model


def whistles(seed, n=3, batch=6, length=10):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, 4, generator=g), torch.randn(batch, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(23)
    model = FippleNet()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    model.train()
    for x, y in whistles(0):  # warm the BatchNorm statistics on the first batches
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    recurrent_train_mode(model)
    for x, y in whistles(1):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(f"fine-tuned, last loss {loss.item():.4f}; encoder training={model.encoder.training}")


if __name__ == "__main__":
    main()
